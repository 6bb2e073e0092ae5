import type { Finding, PublicReport } from '#lib/model';
import { ruleInfo } from '#lib/check';
import { FindingRows, hasRows } from './FindingRows';
import type { Lang, Strings } from './strings';

type FindingWhyProps = { t: Strings; lang: Lang; report: PublicReport; finding: Finding };

/**
 * Under a finding, two expanders (closed until asked, so the list stays short): why — the rule's id, its
 * clause and what it checks in the interface's language (the spec's English wording in English only); and
 * the 表三/表四 rows its cells are in.
 */
export function FindingWhy({ t, lang, report, finding }: FindingWhyProps) {
  const info = ruleInfo(finding.rule);
  return (
    <>
      <details class="why">
        <summary>{t.why}</summary>
        <p class="clause-source">
          {t.rule} <code>{finding.rule}</code> · {info.clause}
        </p>
        {/* the clause in the interface's language: the rule's own summary; the spec's English wording only in the English interface, and no file names */}
        <p class="muted">{info.summary[lang]}</p>
        {lang === 'en' && <blockquote lang="en">{info.clauseText.text}</blockquote>}
      </details>
      {hasRows(report, finding) && (
        <details class="rows">
          <summary>{t.rows}</summary>
          <div class="scroll">
            <FindingRows t={t} report={report} finding={finding} />
          </div>
        </details>
      )}
    </>
  );
}
