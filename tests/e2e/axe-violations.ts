import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/** The serious and critical violations axe-core finds on the page as it is now: rule id and the nodes' selectors. */
export async function axeViolations(page: Page): Promise<string[]> {
  // the extension pages' CSP forbids injected <script>s; an evaluation from the test is not subject to it
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } })
      .axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
