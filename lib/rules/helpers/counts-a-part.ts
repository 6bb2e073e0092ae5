/** An outcome qualifying the verb: 同意公开答复 9 件 counts one outcome, 转下一年度办理答复的 the ones carried forward. */
const QUALIFIED = /(?:同意|予以|部分|不予|不同意)公开|无法提供|不予处理|其他处理|转下一?年度|延期/;
/** Said among the answered ones (所有办结的信息公开申请中…, 办结…其中…): what follows counts a part of them. */
const AMONG = /(?:办结|答复)[^。；;]*?中/;

/**
 * Whether the count at `at` in sentence `s` is a part of the completed requests rather than their number:
 * its clause qualifies the verb with an outcome, or the sentence has already named the completed ones and
 * counts among them (上海市科委 2024: 所有办结的信息公开申请中同意公开答复 9 件，…，转下一年度办理答复的有 1 件).
 * @example countsAPart('所有办结的申请中同意公开答复9件', 10) → true
 */
export function countsAPart(s: string, at: number): boolean {
  const before = s.slice(0, at);
  const clause = before.slice(before.search(/[^，,、：:]*$/));
  return QUALIFIED.test(clause) || AMONG.test(before);
}
