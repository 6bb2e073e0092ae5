import { OUTCOME_ROWS_2021, REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../../lib/model/keys';
import type { Values } from './arbitrary-report';

/**
 * A report as the Pingtan archive's crawler saves a portal page (tests/fixtures/corpus/text): the metadata
 * header, `==== 正文 ====`, then the page text with every table cell run into the next, and a fee
 * sentence consistent with （六）2. Independent of the library's readers. `gap(i)` says what
 * stands between two figures of a row (real pages: nothing, or a space from the cell's padding).
 */
export function renderRunTogether(v: Values, gap: (i: number) => string = () => ''): string {
  let n = 0;
  const run = (values: readonly number[]) => values.map((x, i) => (i === 0 ? '' : gap(n++)) + String(x)).join('');
  const r = (key: string) => run(REQUEST_COLUMNS.map((c) => v.requests[key]![c]!));
  const label: Record<string, string> = {
    granted: '（一）予以公开',
    partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    'denied.stateSecret': '（三）不予公开1.属于国家秘密',
    'denied.lawForbidden': '2.其他法律行政法规禁止公开',
    'denied.threeSecurity': '3.危及“三安全一稳定”',
    'denied.thirdParty': '4.保护第三方合法权益',
    'denied.internalAffairs': '5.属于三类内部事务信息',
    'denied.processInfo': '6.属于四类过程性信息',
    'denied.enforcementFile': '7.属于行政执法案卷',
    'denied.queryMatter': '8.属于行政查询事项',
    'unable.notHeld': '（四）无法提供1.本机关不掌握相关政府信息',
    'unable.needCreate': '2.没有现成信息需要另行制作',
    'unable.unclear': '3.补正后申请内容仍不明确',
    'notProcessed.petition': '（五）不予处理1.信访举报投诉类申请',
    'notProcessed.duplicate': '2.重复申请',
    'notProcessed.publication': '3.要求提供公开出版物',
    'notProcessed.massive': '4.无正当理由大量反复申请',
    'notProcessed.confirm': '5.要求行政机关确认或重新出具已获取信息',
    'other.overdueCorrection': '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'other.overdueFee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'other.other': '3.其他',
  };
  const a = v.active;
  // the fee sentence agrees with （六）2 (notices for the applications dropped for unpaid fees)
  const fees = v.requests['other.overdueFee']!.total!;
  const review = run(REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => v.review[g]![c]!)));
  const body = [
    '根据《中华人民共和国政府信息公开条例》要求，编制本报告。一、总体情况2023年，我局扎实推进政务公开工作。',
    '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数',
    `规章${run([a.regulations!.issued!, a.regulations!.repealed!, a.regulations!.effective!])}`,
    `行政规范性文件${run([a.normativeDocuments!.issued!, a.normativeDocuments!.repealed!, a.normativeDocuments!.effective!])}`,
    `第二十条第（五）项信息内容本年处理决定数量行政许可${a.licensing!.count}第二十条第（六）项信息内容本年处理决定数量行政处罚${a.punishment!.count}行政强制${a.enforcement!.count}`,
    `第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费${a.fees!.amount}`,
    '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
    `一、本年新收政府信息公开申请数量${r('newReceived')}二、上年结转政府信息公开申请数量${r('carriedOver')}三、本年度办理结果`,
    ...OUTCOME_ROWS_2021.map((k) => `${label[k]}${r(k)}`),
    `（七）总计${r('totalProcessed')}四、结转下年度继续办理${r('carriedForward')}`,
    `四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计${review}`,
    `五、存在的主要问题及改进情况政策解读形式较为单一。六、其他需要报告的事项2023年度发出收费通知的件数为${fees}件，总金额为${fees * 100}元，实际收取的总金额为0元。`,
  ].join('');
  return [
    '标题: 某局2023年政府信息公开工作年度报告',
    '发布时间: 2024-01-20 10:00',
    '栏目: 政府信息公开年报',
    '原文链接: https://www.example.gov.cn/zfxxgknb/202401/t20240120_1.htm',
    '==================== 正文 ====================',
    body,
  ].join('\n');
}
