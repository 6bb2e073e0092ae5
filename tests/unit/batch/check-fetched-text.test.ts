import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkFetched } from '../../../lib/batch/check-fetched';
import { CORPUS } from '../../helpers/corpus';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const item = { url: 'http://www.pingtan.gov.cn/nb/gaj-2024.txt', linkText: '公安局' };

describe('checkFetched on text', () => {
  it('should read a crawler text served as text/plain as the CLI reads a .txt (its tables run together)', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(CORPUS, 'text/pingtan-gaj-2024.txt')));
    const row = await checkFetched(item, { bytes, contentType: 'text/plain; charset=utf-8' }, { parseHtml });
    expect([row.verdict, row.agency, row.year, row.report?.tables.requests?.newReceived?.total?.value]).toEqual(['ok', '平潭综合实验区公安局', 2024, 8]);
  });

  it('should still parse a page mislabelled text/plain as HTML', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(CORPUS, 'html/pingtan-shs-2023.html')));
    const row = await checkFetched(item, { bytes, contentType: 'text/plain' }, { parseHtml });
    expect([row.verdict, row.agency]).toEqual(['ok', '平潭综合实验区社会事业局']);
  });
});
