// @ts-check
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/**
 * A Stryker ignorer: no mutants in the words for people of a rule module — its `summary`, `clauseText` and
 * `messages` properties and the message tables (`const MESSAGES`, `…_MESSAGES`, `TABLE_EN`…). They are
 * module-level values, so every mutant in them is "static" and reruns the whole test set (57 % of the
 * mutants of lib/rules, 97 % of its run time); a changed word is caught by reading and by the render tests
 * of lib/report, not by the rules' tests. The logic of the rules is all inside `check`, which stays mutated.
 * Also the words of a broken invariant (`invariantWords`): a programmer's message that no person reads.
 */
const WORD_PROPERTIES = new Set(['summary', 'clauseText', 'messages']);
const WORD_TABLE = /(?:^|_)(?:MESSAGES|EN|ZH)$/;

/**
 * Whether `path` is the words of a broken invariant, for developers: `itemAt`'s third argument (what was
 * looked up, named in the MissingItemError) or the message of a `new …Error(…)`. Only the string itself is
 * left out: the call's other arguments (the list, the index) are logic and stay mutated.
 * @param {any} path a Babel NodePath
 */
function invariantWords(path) {
  const { node, parent } = path;
  if (node.type !== 'StringLiteral' && node.type !== 'TemplateLiteral') return false;
  if (parent?.type === 'CallExpression' && parent.callee?.type === 'Identifier' && parent.callee.name === 'itemAt') return parent.arguments[2] === node;
  return parent?.type === 'NewExpression' && parent.callee?.type === 'Identifier' && /Error$/.test(parent.callee.name) && parent.arguments[0] === node;
}

/** @param {any} path a Babel NodePath */
function shouldIgnore(path) {
  const node = path.node;
  if (invariantWords(path)) return 'words for developers naming a broken invariant (itemAt, new Error): never shown to a person';
  if (node.type === 'ObjectProperty' && node.key?.type === 'Identifier' && WORD_PROPERTIES.has(node.key.name))
    return 'words for people (summary, clauseText, messages): checked by the render tests';
  if (node.type === 'VariableDeclarator' && node.id?.type === 'Identifier' && WORD_TABLE.test(node.id.name))
    return `words for people (${node.id.name}): checked by the render tests`;
  return undefined;
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'words', { shouldIgnore })];
