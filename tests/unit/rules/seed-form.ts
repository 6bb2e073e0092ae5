import type { FullExtraction } from '../../../lib/extract/map/build-extraction';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { RULES } from '../../../lib/rules/same-year-rules';
import { seedText } from '../../helpers/seeds';

/**
 * Seed 000 (北京市通州区国资委 2023, real, its form clean: six numbered sections in order, the 条例 opening,
 * no statistical period stated) with its text edited, for the rules on a report's form (§2). Findings as
 * values: [code, severity, data, quote].
 */
export const FORM_SEED = '000';
const URL = 'https://www.bjtzh.gov.cn/gzw/2023.html';

/** The findings of `rule` on seed 000 edited by `edit`, then (on the extraction) by `exEdit`. */
export function formFindings(rule: string, edit: (text: string) => string = (t) => t, exEdit?: (ex: FullExtraction) => void) {
  return findingsOn(rule, edit(seedText(FORM_SEED)), exEdit);
}

/** The findings of `rule` alone on `text` as read, its extraction then edited by `exEdit`: [code, severity, data, quote]. */
export function findingsOn(rule: string, text: string, exEdit?: (ex: FullExtraction) => void) {
  const { extraction } = checkText(text, URL);
  exEdit?.(extraction);
  const r = RULES.find((x) => x.id === rule);
  if (!r) throw new Error(`no rule ${rule}`);
  const found = r.check({ ex: extraction, text: extraction.lines.join('\n') });
  // each finding carries the id of the rule that made it (a finding under another id would be filed elsewhere)
  const other = found.find((f) => f.rule !== rule);
  if (other) throw new Error(`${rule} made a finding under the id ${other.rule}`);
  return found.map((f) => [
    f.code,
    f.severity,
    f.detail.kind === 'note' ? f.detail.data : f.detail.kind,
    f.detail.kind === 'note' ? (f.detail.quote ?? null) : null,
  ]);
}

/** `text` with `from` replaced by `to`, failing when `from` is not in it (an edit that silently did nothing tests nothing). */
export function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`${from} not found`);
  return text.replace(from, to);
}

/** An input-capped problem that cut the narrative (a PDF past its page cap): the form is then not judged. */
export function cutNarrative(ex: FullExtraction): void {
  ex.problems.push({ kind: 'input-capped', table: 'requests', narrative: true, detail: { code: 'pdf-pages', read: 50, of: 80, timeCapped: false } });
}

/** A text read as no report of a known template and with no table 三: the form is not judged. */
export function unknownWithoutTable(ex: FullExtraction): void {
  ex.format = 'unknown';
  ex.tables.requests = null;
}

/** The findings of `rule` on seed 000 edited by `edit`, rendered in Chinese (the message table's words). */
export function formRendered(rule: string, edit: (text: string) => string): string[] {
  return checkText(edit(seedText(FORM_SEED)), URL)
    .report.findings.filter((f) => f.rule === rule)
    .map((f) => renderFinding(f));
}
