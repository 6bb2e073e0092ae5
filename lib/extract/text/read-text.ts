import { identifyTable } from '../map/identify-table';
import type { SourceDoc } from '../raw-table';
import { readCrawlerText } from './read-crawler-text';
import { readFlatText } from './read-flat-text';
import { readMarkdownText } from './read-markdown-text';
import { readRunTogetherText } from './read-run-together-text';

/**
 * Reads any text form of a report into a SourceDoc, choosing by what the text is: crawler text with a
 * metadata header, Markdown with pipe tables (converters from PDF), the flattened Word form (tab-led
 * cells, the seeds), or, when that finds no standard table although the template's labels are there,
 * text whose cells run together.
 */
export function readText(text: string): SourceDoc {
  const crawler = readCrawlerText(text);
  if (crawler) return crawler;
  const markdown = readMarkdownText(text);
  if (markdown) return markdown;
  const flat = readFlatText(text);
  if (flat.tables.some((t) => identifyTable(t) !== null)) return flat;
  if (!/本年新收|未经复议直接起诉|第二十条/.test(text.normalize('NFKC').replace(/\s+/g, ''))) return flat;
  return readRunTogetherText(text);
}
