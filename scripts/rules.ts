import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { findRuleModules, RULE_MODULES_FILE, ruleModulesSource } from './rule-modules';

// npm run rules — after adding, renaming or removing a rule module: writes lib/rules/rule-modules.ts (the
// list of rule modules) and then README.md's rule table from the registry; tests/unit/rules/registry.test.ts
// fails when either is stale
const modules = await findRuleModules();
writeFileSync(RULE_MODULES_FILE, ruleModulesSource(modules));
// imported only now: the registry is built from the file just written
const { ALL_RULES } = await import('#lib/check');
const { ruleTable, withRuleTable } = await import('#lib/check');
const readme = readFileSync('README.md', 'utf8');
const next = withRuleTable(readme, ruleTable(ALL_RULES));
if (next === null) throw new Error('README.md has no rule-table markers');
writeFileSync('README.md', next);
// biome pads the table's columns as it formats Markdown (biome ci checks README.md)
execFileSync('npx', ['--no-install', 'biome', 'format', '--write', 'README.md'], { stdio: 'inherit' });
console.log(`${RULE_MODULES_FILE}: ${modules.length} rule modules; README.md: ${ALL_RULES.length} rules`);
