import { normaliseDate } from '../../text/normalise-date';
import type { SourceDoc } from '../raw-table';
import { readCrawlerHeader } from './crawler-header';
import { readFlatText } from './read-flat-text';
import { readRunTogetherText } from './read-run-together-text';

/**
 * Crawler text of a portal page (a metadata header, `==== 正文 ====`, then the page's text): the header
 * gives the title, the publication date (发布时间), the column (栏目) and the page's address (原文链接); the
 * body is read as flattened Word text when its cells are tab-led lines, else as text whose cells run
 * together. Null when the text has no such header.
 */
export function readCrawlerText(text: string): SourceDoc | null {
  const header = readCrawlerHeader(text);
  if (!header) return null;
  const meta: SourceDoc['meta'] = { published: normaliseDate(header.published), column: header.column, url: header.url };
  if (/^\t/m.test(header.body)) {
    const flat = readFlatText(header.body);
    return { ...flat, title: header.title ?? flat.title, meta };
  }
  return readRunTogetherText(header.body, meta, header.title);
}
