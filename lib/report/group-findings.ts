import { tableOfPath } from '../model/cell-ref';
import type { Finding } from '../model/finding';
import type { Bilingual } from '../model/lang';

export type FindingGroup = 'requests' | 'review' | 'active' | 'document';

export const GROUP_TITLES: Record<FindingGroup, Bilingual> = {
  requests: { zh: '表三 收到和处理政府信息公开申请情况', en: 'Table 3 · Requests' },
  review: { zh: '表四 行政复议、行政诉讼情况', en: 'Table 4 · Review and litigation' },
  active: { zh: '表二 主动公开政府信息情况', en: 'Table 2 · Proactive disclosure' },
  document: { zh: '正文与文档', en: 'Narrative and document' },
};

/** The table a finding belongs to: that of its first cell; findings without cells concern the document. */
export function groupOf(f: Finding): FindingGroup {
  const table = tableOfPath(f.cells[0]);
  return table === null ? 'document' : table === 'requestSubtotals' ? 'requests' : table;
}

/**
 * Findings grouped by table (表三, 表四, 表二, then the narrative), errors first inside each group; each
 * keeps its index in the original list, which is how the popup asks the page to outline it.
 */
export function groupFindings(findings: readonly Finding[]): { group: FindingGroup; items: { index: number; finding: Finding }[] }[] {
  const order: FindingGroup[] = ['requests', 'review', 'active', 'document'];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return order
    .map((group) => ({
      group,
      items: findings
        .map((finding, index) => ({ index, finding }))
        .filter((x) => groupOf(x.finding) === group)
        .sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.index - b.index),
    }))
    .filter((g) => g.items.length > 0);
}
