/**
 * The six section headings of report-format.md §2 as they are printed inside running text (a crawler's
 * page text has no line breaks between a heading and its paragraph: `一、总体情况2023年，我局…`).
 */
const HEADINGS = [
  /一、\s*总体情况/,
  /二、\s*(?:行政机关)?主动公开政府信息(?:的)?情况/,
  /三、\s*收到和处理政府信息公开申请(?:的)?情况/,
  /四、\s*(?:因)?(?:政府信息公开)?(?:工作)?(?:被申请)?行政法?复议[、与和及]?(?:提起)?行政诉讼(?:的)?情况/,
  // 五、存在的主要问题及改进情况 / …及改进措施 / …及明年工作计划 (平潭公安局 2024)
  /五、\s*(?:政府信息公开工作)?存在的主要问题[^。，,；\d]{0,10}?(?:情况|措施|计划|打算|方向)/,
  // 其他需要报告的事项 and its words by meaning: 六、需要说明的其他事项与附表 (issue 15)
  /六、\s*(?:其他需要(?:报告|说明)的?事项|需要(?:报告|说明)的其他事项)(?:[与及和]附表)?/,
];

/**
 * Narrative lines from running text: each printed line, cut before and after every section heading so
 * that the heading stands on its own line (the sections rule looks for short heading lines).
 * @example narrativeFromRun('一、总体情况2023年，我局…') → ['一、总体情况', '2023年，我局…']
 */
export function narrativeFromRun(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let rest = line;
    for (;;) {
      let first: RegExpExecArray | null = null;
      for (const re of HEADINGS) {
        const m = re.exec(rest);
        if (m && (!first || m.index < first.index)) first = m;
      }
      if (!first) break;
      out.push(rest.slice(0, first.index), first[0]);
      rest = rest.slice(first.index + first[0].length);
    }
    out.push(rest);
  }
  return out.map((l) => l.replace(/[\s\u00a0\u3000]+/g, ' ').trim()).filter((l) => l !== '');
}
