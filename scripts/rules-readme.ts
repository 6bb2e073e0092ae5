import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { ALL_RULES, ruleTable, withRuleTable } from '#lib/check';

// npm run rules:readme — writes the rule table of README.md from the registry (tests/unit/rules/registry.test.ts checks it)
const readme = readFileSync('README.md', 'utf8');
const next = withRuleTable(readme, ruleTable(ALL_RULES));
if (next === null) throw new Error('README.md has no rule-table markers');
writeFileSync('README.md', next);
// biome pads the table's columns as it formats Markdown (biome ci checks README.md)
execFileSync('npx', ['--no-install', 'biome', 'format', '--write', 'README.md'], { stdio: 'inherit' });
console.log(`README.md: ${ALL_RULES.length} rules`);
