import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: Promise<string> | undefined;
const AXE_LIMIT_MS = 30_000;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** One rule not held against the elements under `selector`, for markup we do not write. */
export interface AxeAllowance {
  rule: string;
  selector: string;
  reason: string;
}

/**
 * Runs axe-core inside the page (evaluated over the DevTools protocol, so the app's CSP does not
 * apply) and returns the serious and critical violations, with a few offending selectors each.
 */
export async function seriousA11yViolations(page: Page, allowances: readonly AxeAllowance[] = []): Promise<AxeViolation[]> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await source);
  const audit = page.evaluate(async (allowed) => {
    interface AxeResult {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
    }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    const isAllowed = (rule: string, target: unknown[]) => {
      // A target of more than one selector is inside an iframe or shadow root: never allowed.
      const element = target.length === 1 ? document.querySelector(String(target[0])) : null;
      return allowed.some((allowance) => allowance.rule === rule && element?.closest(allowance.selector));
    };
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isAllowed(violation.id, node.target)) }))
      .filter((violation) => violation.nodes.length > 0)
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
      }));
  }, allowances);
  // page.evaluate has no time limit of its own: a stuck audit would otherwise show only as the test's timeout.
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`axe did not finish within ${AXE_LIMIT_MS / 1000} s on ${page.url()}`)), AXE_LIMIT_MS);
  });
  // Once the limit has won, the audit's own end is of no interest.
  audit.catch(() => undefined);
  try {
    return await Promise.race([audit, limit]);
  } finally {
    clearTimeout(timer);
  }
}
