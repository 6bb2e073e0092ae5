import { describe, expect, it } from 'vitest';
import { cellLabel, cellList, rowLabel } from '../../../lib/model/cell-label';

describe('cellLabel', () => {
  it.each([
    ['requests.denied.stateSecret.natural', '表三（三）1.属于国家秘密·自然人', 'Table 3 (3)1 withheld: state secret, natural persons'],
    ['requests.totalProcessed.total', '表三（七）总计·总计', 'Table 3 (7) total processed, total'],
    ['requests.other.legal', '表三（六）其他处理·法律服务机构', 'Table 3 (6) other handling, legal services'],
    ['requests.granted.legalSubtotal', '表三（一）予以公开·法人或其他组织小计', 'Table 3 (1) disclosed, legal persons, subtotal'],
    ['requestSubtotals.denied.natural', '表三（三）不予公开小计·自然人', 'Table 3 (3) withheld, subtotal, natural persons'],
    ['review.reconsideration.pending', '表四行政复议·尚未审结', 'Table 4 administrative reconsideration, pending'],
    ['active.normativeDocuments.issued', '表二行政规范性文件·本年制发件数', 'Table 2 normative documents, issued this year'],
    ['active.procurement.count', '表二政府集中采购·采购项目数量', 'Table 2 central procurement, projects'],
    ['active.fees.amount', '表二行政事业性收费·本年收费金额（单位：万元）', 'Table 2 fees, amount (10k yuan)'],
    // a key the tables do not know is never printed as a key
    ['requests.madeUp.natural', '表三（非标准单元格）·自然人', 'Table 3 (non-standard cell), natural persons'],
  ])('should label %s as %s / %s', (path, zh, en) => {
    expect(cellLabel(path)).toBe(zh);
    expect(cellLabel(path, 'en')).toBe(en);
  });
});

describe('cellList', () => {
  const cells = ['review.reconsideration.upheld', 'review.reconsideration.corrected', 'review.reconsideration.total'];
  it('should join the labels in each language and say how many more', () => {
    expect(cellList(cells, 'zh', 2)).toBe('表四行政复议·结果维持、表四行政复议·结果纠正 等 3 个');
    expect(cellList(cells, 'en', 2)).toBe('Table 4 administrative reconsideration, upheld; Table 4 administrative reconsideration, corrected and 1 more');
    expect(cellList(cells, 'en')).toContain('; Table 4 administrative reconsideration, total');
  });
});

describe('rowLabel', () => {
  it.each([
    ['requests', 'granted', '（一）予以公开', '(1) disclosed'],
    ['active', 'licensing', '行政许可', 'licensing'],
    ['review', 'litigationDirect', '行政诉讼·未经复议直接起诉', 'litigation without reconsideration'],
    // a row label read from the page is shown as printed
    ['requests', '其他说明', '其他说明', '其他说明'],
  ])('should label %s row %s', (table, row, zh, en) => {
    expect(rowLabel(table, row)).toBe(zh);
    expect(rowLabel(table, row, 'en')).toBe(en);
  });
});
