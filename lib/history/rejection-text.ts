import type { Lang } from '../model/lang';
import type { ImportProblem } from './history-json';

const mb = (bytes: number, digits: number) => (bytes / 1048576).toFixed(digits);

type Words = { readonly [C in ImportProblem['code']]: (p: Extract<ImportProblem, { code: C }>) => string };

/** The words of each import problem, one table per language. `invalid` is the schema's own words in both. */
const WORDS: { readonly [L in Lang]: Words } = {
  zh: {
    'not-json': ({ detail }) => `不是 JSON 文件：${detail}`,
    'not-an-export': () => '不是历史记录导出文件（没有 records 数组）',
    'too-many': ({ count, max }) => `文件中有 ${count} 条记录，只读取前 ${max} 条`,
    'too-large': ({ bytes, max }) => `记录过大（${mb(bytes, 1)} MB，上限 ${mb(max, 0)} MB）`,
    'not-an-object': () => '不是一条记录（不是对象）',
    'no-version': () => '缺少 schemaVersion',
    'newer-version': ({ version, target }) => `schemaVersion ${version} 新于本扩展所用的版本（${target}）`,
    'no-migration': ({ version }) => `无法从 schemaVersion ${version} 升级`,
    invalid: ({ detail }) => detail,
  },
  en: {
    'not-json': ({ detail }) => `not JSON: ${detail}`,
    'not-an-export': () => 'not a history export (no records array)',
    'too-many': ({ count, max }) => `the file holds ${count} records; only the first ${max} are read`,
    'too-large': ({ bytes, max }) => `record too large (${mb(bytes, 1)} MB; at most ${mb(max, 0)} MB)`,
    'not-an-object': () => 'not an object',
    'no-version': () => 'schemaVersion missing',
    'newer-version': ({ version, target }) => `schemaVersion ${version} is newer than this version of the extension (${target})`,
    'no-migration': ({ version }) => `no migration from schemaVersion ${version}`,
    invalid: ({ detail }) => detail,
  },
};

/**
 * Why an import file or one of its records was refused, in the interface's language.
 * @example rejectionText({ code: 'not-an-object' }, 'zh') → '不是一条记录（不是对象）'
 */
export function rejectionText(problem: ImportProblem, lang: Lang): string {
  return (WORDS[lang][problem.code] as (p: ImportProblem) => string)(problem);
}
