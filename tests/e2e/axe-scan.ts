import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './browser-mode-fixture';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe over what `page` shows now (WCAG 2.1 A and AA). Serious and
 * critical violations fail the test; minor and moderate ones are listed in
 * the report as annotations, to be read, not to block.
 */
export async function expectNoSeriousViolations(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const describe = (violation: (typeof violations)[number]): string =>
    `${screen}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`;
  for (const violation of violations.filter((candidate) => !BLOCKING.has(candidate.impact ?? ''))) {
    testInfo.annotations.push({ type: 'axe', description: describe(violation) });
    console.log(`axe: ${describe(violation)}`);
  }
  expect(violations.filter((candidate) => BLOCKING.has(candidate.impact ?? '')).map(describe), `serious or critical axe violations on ${screen}`).toEqual([]);
}
