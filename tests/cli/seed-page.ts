import { checkText } from '../../lib/pipeline';
import { renderPage, type Raw } from '../helpers/render-html';
import { seedText } from '../helpers/seeds';

/**
 * A seed report as a CMS page (tests/helpers/render-html.ts, TRS layout): its tables with the cells
 * printed exactly as in the seed, its title, and the narrative sentence the narrative rules read.
 * `charset` replaces the page's `<meta charset="utf-8">` (null removes it, for header-only pages).
 */
export function seedPage(id: string, charsetMeta: string | null): string {
  const report = checkText(seedText(id), id).report;
  const raw = Object.fromEntries(
    (['active', 'requests', 'review'] as const).map((t) => [
      t,
      Object.fromEntries(
        Object.entries(report.tables[t] ?? {}).map(([row, cells]) => [row, Object.fromEntries(Object.entries(cells).map(([col, c]) => [col, c.raw]))]),
      ),
    ]),
  ) as Raw;
  const narrative = seedText(id)
    .split('\n')
    .filter((l) => /收到.*申请|申请.*件/.test(l))
    .slice(0, 3);
  const html = renderPage(raw, 'trs', { title: report.title ?? '', before: ['一、总体情况', ...narrative], after: ['五、存在的主要问题及改进情况'] });
  return html.replace('<meta charset="utf-8">', charsetMeta ?? '');
}
