import { REQUEST_ROW_LABELS } from '../../lib/model/keys';
import type { Values } from './arbitrary-report';

/** How a number or label is printed: the whitespace variants seen in the seeds (report-format.md §3.4). */
export interface Style {
  pad: number[];
  breakLabels: boolean;
  leadingEmpty: boolean;
}

const PADS = ['', ' ', '\u00a0', '\u00a0 ', '\u3000\u3000'];

function num(v: number, style: Style, i: number): string {
  const p = PADS[(style.pad[i % style.pad.length] ?? 0) % PADS.length]!;
  return i % 2 === 0 ? p + String(v) : String(v) + p;
}

/**
 * Renders canonical values in the seeds' flattened form (a tab before each cell, blank line between
 * rows, merged cells as empty cells, labels possibly broken over lines), with a narrative that states
 * the received count and a fee sentence consistent with （六）2 (notices for the applications dropped for unpaid fees). Independent of the library's readers.
 */
export function renderFlatText(v: Values, style: Style, narrative: { received: number; feeNotices?: number }): string {
  let i = 0;
  const n = (x: number) => num(x, style, i++);
  const cells = (xs: string[]) => xs.map((x) => `\t${x}`).join('\n');
  const brk = (a: string, b: string) => (style.breakLabels ? `${a}\n${b}` : a + b);
  const out: string[] = [
    '某某区某某局2023年政府信息公开',
    '工作年度报告',
    '',
    '一、总体情况',
    `2023年，共收到政府信息公开申请${narrative.received}件。`,
    '二、主动公开政府信息情况',
    '',
  ];
  const a = v.active;
  out.push(cells(['第二十条第（一）项']), '', cells(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']), '');
  for (const [key, label] of [
    ['regulations', '规章'],
    ['normativeDocuments', '行政规范性文件'],
  ] as const)
    out.push(cells([label, n(a[key]!.issued!), n(a[key]!.repealed!), n(a[key]!.effective!)]), '');
  out.push(cells(['第二十条第（五）项']), '', cells(['信息内容', '本年处理决定数量']), '', cells(['行政许可', n(a.licensing!.count!)]), '');
  out.push(
    cells(['第二十条第（六）项']),
    '',
    cells(['信息内容', '本年处理决定数量']),
    '',
    cells(['行政处罚', n(a.punishment!.count!)]),
    '',
    cells(['行政强制', n(a.enforcement!.count!)]),
    '',
  );
  out.push(
    cells(['第二十条第（八）项']),
    '',
    cells(['信息内容', '本年收费金额（单位：万元）']),
    '',
    cells(['行政事业性收费', String(a.fees!.amount)]),
    '',
    '',
    '三、收到和处理政府信息公开申请情况',
    '',
  );
  out.push(cells(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']), '');
  out.push(cells([...(style.leadingEmpty ? [''] : []), '自然人', '法人或其他组织', '总计']), '');
  out.push(cells([...(style.leadingEmpty ? ['', ''] : []), brk('商业', '企业'), brk('科研', '机构'), '社会公益组织', '法律服务机构', '其他', '']), '');
  const r = v.requests;
  const values = (key: string) => ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'].map((c) => n(r[key]![c]!));
  const category: Record<string, string> = {
    'denied.stateSecret': '（三）不予公开',
    'unable.notHeld': '（四）无法提供',
    'notProcessed.petition': '（五）不予处理',
    'other.overdueCorrection': '（六）其他处理',
  };
  for (const key of Object.keys(REQUEST_ROW_LABELS)) {
    if (key === 'other') continue;
    const label = REQUEST_ROW_LABELS[key as keyof typeof REQUEST_ROW_LABELS].replace(/^（[三四五六]）(?=\d)/, '');
    let head: string[];
    if (key === 'newReceived' || key === 'carriedOver' || key === 'carriedForward') head = [label];
    else if (key === 'granted') head = ['三、本年度办理结果', label];
    else if (key === 'partial') head = ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'];
    else if (key === 'totalProcessed') head = ['', label];
    else head = category[key] ? ['', category[key]!, label] : ['', '', label];
    out.push(cells([...head, ...values(key)]), '');
  }
  out.push('', '四、政府信息公开行政复议、行政诉讼情况', '');
  out.push(cells(['行政复议', '行政诉讼']), '');
  out.push(cells(['结果维持', brk('结果', '纠正'), brk('其他', '结果'), brk('尚未', '审结'), '总计', '未经复议直接起诉', '复议后起诉']), '');
  out.push(
    cells([
      '',
      '',
      '',
      '',
      '',
      ...Array.from({ length: 2 }, () => [brk('结果', '维持'), brk('结果', '纠正'), brk('其他', '结果'), brk('尚未', '审结'), '总计']).flat(),
    ]),
    '',
  );
  const rv = v.review;
  out.push(
    cells(
      ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap((g) =>
        ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => n(rv[g]![c]!)),
      ),
    ),
    '',
    '',
  );
  out.push(
    '五、存在的主要问题及改进情况',
    '无。',
    '六、其他需要报告的事项',
    `根据《政府信息公开信息处理费管理办法》(国办函〔2020〕109号)，2023年度本机关收取信息处理费情况为：发出收费通知的件数为${narrative.feeNotices ?? 0}件，总金额为${(narrative.feeNotices ?? 0) * 100}元，实际收取的总金额为0元。`,
  );
  return out.join('\n');
}
