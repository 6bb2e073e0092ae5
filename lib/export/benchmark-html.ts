import type { Benchmark, BenchmarkGroup } from '../benchmark/benchmark';
import { CARD_NAMES, POSITION_NAMES } from '../benchmark/benchmark-matrix';
import { COHORT_NAMES } from '../benchmark/cohort';
import { formatRate, formatRateShort, percentOf, rateHeader } from '../benchmark/format-rate';
import { RATES } from '../benchmark/rate-definitions';
import { stripChart } from '../benchmark/strip-chart';
import { stripSvg } from '../benchmark/strip-svg';
import type { Lang } from '../model/lang';
import { itemAt } from '../model/item-at';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const WORDS = {
  zh: {
    heading: '政府信息公开工作年度报告对标',
    intro:
      '每项比率均写出分子/分母与分母名称；分母为空白、未能读取或为 0 时不给数值（不按 0 计）。同类（部门、县级以上政府、乡镇街道）之内比较；同类有值机关少于 5 个时不列分位数；分母少于 30 件不作提示卡。提示卡为同类四分位距 1.5 倍之外，仅供参考。',
    agency: '机关',
    accepted: '受理总量',
    processed: '办结量',
    stat: (p: string) => `同类 ${p}`,
    pictures: '分布图（每点一个机关，阴影为 P25–P75，竖线为中位数）',
    generated: '生成时间',
    skipped: '未纳入对标',
    why: { 'not-a-report': '非年报', 'no-tables': '表格未能读取', 'no-agency': '未识别机关名称' },
  },
  en: {
    heading: 'Annual reports benchmarked',
    intro:
      'Every rate shows its numerator/denominator and names its denominator; a blank, unread or zero denominator gives no value (never 0). Agencies are compared within their cohort; no percentile for fewer than 5 agencies with a value; no card under 30 cases. A card marks a rate beyond 1.5 interquartile ranges of the cohort, for information only.',
    agency: 'Agency',
    accepted: 'Requests handled',
    processed: 'Completed',
    stat: (p: string) => `Cohort ${p}`,
    pictures: 'Distributions (one dot per agency, band P25–P75, line at the median)',
    generated: 'Made',
    skipped: 'Left out',
    why: { 'not-a-report': 'not a report', 'no-tables': 'tables not read', 'no-agency': 'no agency name' },
  },
} as const;

function groupTable(g: BenchmarkGroup, lang: Lang): string {
  const w = WORDS[lang];
  const head = `<tr><th scope="col">${esc(w.agency)}</th><th scope="col">${esc(w.accepted)}</th><th scope="col">${esc(w.processed)}</th>${RATES.map((r) => `<th scope="col">${esc(rateHeader(r.id, lang))}</th>`).join('')}</tr>`;
  const body = g.rows
    .map((row) => {
      const vol = (id: string) => row.volumes.find((v) => v.id === id)?.value ?? '';
      const cells = row.rates
        .map((c, i) => {
          // a group's stats hold one entry per rate, as each row's rates do
          const s = itemAt(g.stats, i, 'rate stats');
          const rank =
            c.rank === null
              ? ''
              : `<br><small>${lang === 'zh' ? `第 ${c.rank}/${s.n}` : `rank ${c.rank}/${s.n}`}${c.position ? ` · ${esc(POSITION_NAMES[lang][c.position])}` : ''}</small>`;
          const card = c.card ? `<br><strong class="card">${esc(CARD_NAMES[lang][c.card])}</strong>` : '';
          const cls = [c.rate.disputed ? 'disputed' : '', c.card ? 'carded' : ''].filter(Boolean).join(' ');
          return `<td${cls ? ` class="${cls}"` : ''} title="${esc(formatRate(c.rate, lang, true))}">${esc(formatRateShort(c.rate, lang))}${rank}${card}</td>`;
        })
        .join('');
      return `<tr><th scope="row"><a href="${esc(row.url)}">${esc(row.agency)}</a></th><td>${vol('accepted')}</td><td>${vol('processed')}</td>${cells}</tr>`;
    })
    .join('\n');
  const stat = (p: 'p25' | 'p50' | 'p75', label: string) =>
    `<tr class="stat"><th scope="row">${esc(w.stat(label))}</th><td></td><td></td>${g.stats.map((s) => `<td>${((v) => (v === null ? '' : percentOf(v)))(s[p])}</td>`).join('')}</tr>`;
  const stats = g.stats.some((s) => s.p50 !== null) ? [stat('p25', 'P25'), stat('p50', 'P50'), stat('p75', 'P75')].join('\n') : '';
  const caption = `${g.year ?? ''} ${COHORT_NAMES[g.cohort][lang]}（n=${g.rows.length}）`;
  return `<table><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>\n${body}\n${stats}</tbody></table>`;
}

/**
 * The 对标 as one self-contained HTML page (the CLI's `--benchmark FILE.html`, the batch page's export):
 * per year and cohort a table of every agency's rates with fraction, rank and position, the cohort's
 * percentiles, then one strip chart per rate and year as inline SVG. Opens in any browser, needs no network.
 */
export function benchmarkHtml(b: Benchmark, lang: Lang, madeAt: string): string {
  const w = WORDS[lang];
  const years = [...new Set(b.groups.map((g) => g.year))];
  const pictures = years
    .map((y) => {
      const groups = b.groups.filter((g) => g.year === y);
      return RATES.map((r) => `<figure>${stripSvg(stripChart(groups, r.id, lang))}</figure>`).join('\n');
    })
    .join('\n');
  const skipped =
    b.skipped.length === 0 ? '' : `<h2>${esc(w.skipped)}</h2><ul>${b.skipped.map((s) => `<li>${esc(s.url)}：${esc(w.why[s.why])}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(w.heading)}</title>
<style>
body{font:13px/1.5 system-ui,"Microsoft YaHei",sans-serif;margin:24px;color:#1b1b1b}
table{border-collapse:collapse;margin:12px 0 24px}th,td{border:1px solid #bbb;padding:2px 6px;vertical-align:top;text-align:right;white-space:nowrap}
th[scope=row]{text-align:left}caption{text-align:left;font-weight:600;font-size:15px;padding:4px 0}
thead th{background:#f1f3f4;white-space:normal;min-width:6em}tr.stat th,tr.stat td{background:#f8f9fa;color:#3c4043}
td.disputed{background:#fff4e5}td.carded .card{color:#b3261e}figure{margin:8px 0}
</style></head><body>
<h1>${esc(w.heading)}</h1>
<p>${esc(w.intro)}</p>
<p>${esc(w.generated)}：${esc(madeAt)}</p>
${b.groups.map((g) => groupTable(g, lang)).join('\n')}
<h2>${esc(w.pictures)}</h2>
${pictures}
${skipped}
</body></html>
`;
}
