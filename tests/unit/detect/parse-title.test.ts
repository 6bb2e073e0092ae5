import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../../lib/detect/parse-title';

describe('parseTitle', () => {
  it.each([
    ['北京市通州区国资委2023年政府信息公开工作年度报告', '北京市通州区国资委', 2023],
    ['北京市密云区商务局2023年政府信息公开年度报告', '北京市密云区商务局', 2023],
    ['2023年上海市政府信息公开工作年度报告', '上海市', 2023],
    ['孝昌县2019政府信息公开工作年度报告', '孝昌县', 2019],
    ['漳平市审计局2025年政府信息公开工作的年度报告', '漳平市审计局', 2025],
    ['十堰市机关事务服务中心2020年度 政府信息公开工作年度报告', '十堰市机关事务服务中心', 2020],
    ['北京市东城区人民政府办公室2023年政府信息公开工作年度报告_北京市东城区人民政府', '北京市东城区人民政府办公室', 2023],
    // year first, as the Shanghai article prints it, and with a space and a line break inside (issue 8)
    ['2019年上海市人民政府办公厅政府信息公开工作年度报告', '上海市人民政府办公厅', 2019],
    ['2024 年上海市科委政府信息公开工作\n年度报告', '上海市科委', 2024],
    // crawler and converter prefixes
    ['标题: 平潭综合实验区社会事业局2023年政府信息公开工作年度报告', '平潭综合实验区社会事业局', 2023],
    ['#沭阳县发展和改革局2024年政府信息公开工作年度报告', '沭阳县发展和改革局', 2024],
    ['正文2024年淮安市洪泽区人民政府政府信息公开工作年度报告', '淮安市洪泽区人民政府', 2024],
  ])('should read %j as agency %j, year %i', (title, agency, year) => {
    expect(parseTitle(title)).toMatchObject({ agency, year });
  });

  it('should read the 关于…情况的报告 form without an agency', () => {
    expect(parseTitle('关于2022年度政府信息公开情况的报告')).toEqual({ title: '关于2022年度政府信息公开情况的报告', agency: null, year: 2022 });
  });

  it.each(['北京市2023年法治政府建设年度报告', '2024年政府工作报告', '2023年国民经济和社会发展统计公报', '政府信息公开指南'])(
    'should not take %j for a report title',
    (title) => {
      expect(parseTitle(title)).toBeNull();
    },
  );

  it.each([
    // the body's first sentence names the report: no title, and its words are no agency (issue 15)
    '根据《国务院办公厅政府信息公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)要求,我厅编写了2021年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》《福建省政府信息公开办法》要求，结合我局实际，编制2023年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)及区管委会办公室关于做好2024年政府信息公开工作年度报告编制公布工作的通知要求',
    // a breadcrumb run together with the title (crawler text)
    '当前位置:首页政务公开政府信息公开平潭综合实验区交通与建设局政府信息公开年报平潭综合实验区交通与建设局2019年度政府信息公开工作年度报告',
  ])('should not take the sentence %j for a title', (text) => {
    expect(parseTitle(text)).toBeNull();
  });
});
