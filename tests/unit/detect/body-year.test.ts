import { describe, expect, it } from 'vitest';
import { bodyYear } from '../../../lib/detect/body-year';

describe('bodyYear', () => {
  it.each([
    // the 统计期限 sentence in its printed variants (report-format.md §2; corpus and seeds)
    ['本年度报告中所列数据统计期限为2021年1月1日至12月31日。', 2021],
    ['报告所列数据的统计期为2023年1月1日至2023年12月31日。', 2023],
    ['本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。', 2024],
    ['本年度报告中所列数据统计期限从2019年1月1日到12月31日止。', 2019],
  ])('should read the statistics period of %j', (line, year) => {
    expect(bodyYear([line])).toMatchObject({ year, signals: { period: year } });
  });

  it.each([
    ['根据《中华人民共和国政府信息公开条例》《福建省政府信息公开办法》要求，结合我局实际，编制2023年政府信息公开工作年度报告。', 2023],
    ['我局编制了2019年度政府信息公开年度报告。', 2019],
    ['现将2022年度政府信息公开工作情况报告如下。', 2022],
  ])('should read the report naming itself in %j', (line, year) => {
    expect(bodyYear([line])).toMatchObject({ year, signals: { naming: year } });
  });

  it.each([
    // a document number, a law's citation, a revision year and dates never give the year
    '根据《国务院办公厅政府信息公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制本报告。',
    '本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）编制。',
    '依据《中华人民共和国政府信息公开条例》（2019年修订）第五十条规定，编制本报告。',
    '截至2019年12月底，共协调解决28件诉求件。',
    '平潭综合实验区财政金融局 2025年1月23日',
    '编制《2024年通州区政务公开工作要点》，加大公开力度。',
  ])('should read no year from %j', (line) => {
    expect(bodyYear([line])).toBeNull();
  });

  it('should take the year of the report name, not the notice number before it', () => {
    const line =
      '根据《国务院办公厅政府信息公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，我厅编写了2021年政府信息公开工作年度报告。';
    expect(bodyYear([line])).toEqual({ year: 2021, agreeing: ['naming'], signals: { naming: 2021 } });
  });

  it('should take the year most sentences open with, after a heading run into them, as the subject year', () => {
    const lines = [
      '一、总体情况2024年，我局坚持以习近平新时代中国特色社会主义思想为指导。',
      '2024年主动公开政府信息61条。2023年，在主动公开的61条政府信息中，全文电子化的主动公开政府信息61条。',
      '六、其他需要报告的事项2024年，无收取信息处理费情况。',
      '2025年，我局将坚持以习近平新时代中国特色社会主义思想为指导。',
    ];
    expect(bodyYear(lines)).toEqual({ year: 2024, agreeing: ['subject'], signals: { subject: 2024 } });
  });

  it('should give no subject year when two years open as many sentences', () => {
    expect(bodyYear(['2023年，我局完成。', '2024年，我局将继续。'])).toBeNull();
  });

  it('should prefer the year most kinds of sentence agree on, and list them', () => {
    const lines = ['本报告所列数据统计期限为2022年1月1日至12月31日。', '现将2023年度政府信息公开工作情况报告如下。', '2023年，我局认真贯彻落实《条例》。'];
    expect(bodyYear(lines)).toEqual({ year: 2023, agreeing: ['naming', 'subject'], signals: { period: 2022, naming: 2023, subject: 2023 } });
  });

  it('should prefer the statistics period on a tie', () => {
    const lines = ['本报告所列数据统计期限为2022年1月1日至12月31日。', '2023年，我局认真贯彻落实《条例》。'];
    expect(bodyYear(lines)).toMatchObject({ year: 2022, agreeing: ['period'] });
  });
});
