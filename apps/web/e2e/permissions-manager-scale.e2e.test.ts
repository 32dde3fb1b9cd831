import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlData, type ApiSession } from './support/api';
import { artifactsDir, screenshot } from './support/browser';
import { startSignedInSuite, type SignedInSuite } from './support/browser-suite';
import { createScaleRoles, scaleRoleName } from './support/scale-roles';
import type { TestServer } from './support/server';
import { median, round } from './support/stats';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const ROLE_COUNT = 50;
const COLD_LOADS = 5;
const CLICKS = 6;

interface MatrixCell {
  key: string;
  state: 'GRANTED' | 'INHERITED' | 'UNAVAILABLE' | 'OFF';
  missing: string[];
}
interface MatrixData {
  permissionMatrix: {
    modules: Array<{ key: string; accessPermission: string; permissions: Array<{ key: string; prerequisites: string[] }> }>;
    rows: Array<{ role: { id: string; name: string }; cells: MatrixCell[] }>;
  };
}

const MATRIX = `query {
  permissionMatrix {
    modules { key accessPermission permissions { key prerequisites } }
    rows { role { id name } cells { key state missing } }
  }
}`;


/**
 * The "50 roles x 200 permissions" at the scale the catalogue allows (its ~49 permissions):
 * 50 extra roles created over the API, some with grants (and their prerequisites) and inheritance,
 * then the Permissions Manager opened and clicked. The timings are measured in the page with
 * `performance.now()` and written to artifacts/ for bench/RESULTS.md; the
 * assertions are functional only, so a slow machine never fails this file.
 */
describe('Permissions Manager with 50 more roles', () => {
  let suite: SignedInSuite | undefined;
  let server: TestServer;
  let page: Page;
  let admin: ApiSession;
  const pageErrors: string[] = [];
  const roleIds: string[] = [];
  const timings: Record<string, unknown> = {};

  const matrix = () => gqlData<MatrixData>(server.baseURL, MATRIX, {}, admin.accessToken);

  beforeAll(async () => {
    suite = await startSignedInSuite(ADMIN, { timeout: 15_000, pageErrors });
    ({ server, page, session: admin } = suite);
  }, 150_000);

  afterAll(async () => {
    if (Object.keys(timings).length > 0) {
      await mkdir(artifactsDir, { recursive: true });
      await writeFile(path.join(artifactsDir, 'permissions-manager-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
      console.log('Permissions Manager timings (ms):', JSON.stringify(timings, null, 2));
    }
    await suite?.close();
  });

  it('creates 50 roles over the API, with grants, prerequisites and inheritance', async () => {
    const { permissionMatrix } = await matrix();
    const accessKeys = permissionMatrix.modules.map((module) => module.accessPermission);
    // Permissions with prerequisites: granted with withPrerequisites, so their chains come along.
    const dependent = permissionMatrix.modules.flatMap((module) => module.permissions.filter((p) => p.prerequisites.length > 0).map((p) => p.key));
    expect(dependent.length).toBeGreaterThan(5);

    roleIds.push(...(await createScaleRoles(server.baseURL, admin.accessToken, ROLE_COUNT, dependent)));

    const after = (await matrix()).permissionMatrix;
    const scaleRows = after.rows.filter((row) => row.role.name.startsWith('Scale Role '));
    expect(scaleRows).toHaveLength(ROLE_COUNT);
    const deepest = scaleRows.find((row) => row.role.name === 'Scale Role 50')!;
    // Role 50 inherits from 40, 30, 20 and 10, which own grants of their own.
    expect(deepest.cells.some((cell) => cell.state === 'INHERITED')).toBe(true);
    timings.roles = after.rows.length;
    timings.permissions = after.modules.reduce((sum, module) => sum + module.permissions.length, 0);
    timings.cells = after.rows.length * (after.rows[0]?.cells.length ?? 0);
    expect(accessKeys.length).toBeGreaterThan(0);
  }, 120_000);

  it('measures the permissionMatrix query over the API (server + transfer)', async () => {
    const samples: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      const response = await fetch(`${server.baseURL}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
        // The page's own query, fields and all.
        body: JSON.stringify({
          query: `query PermissionMatrix { permissionMatrix { modules { key name permissions { key name description prerequisites } }
            rows { role { id name isSystem } cells { key state toggleable inheritedFrom { roleId roleName path } missing } } } }`,
        }),
      });
      const text = await response.text();
      samples.push(performance.now() - started);
      bytes = text.length;
      expect(JSON.parse(text).errors).toBeUndefined();
    }
    timings.matrixQueryMs = { median: round(median(samples)), samples: samples.map(round) };
    timings.matrixResponseBytes = bytes;
  });

  it('renders the grid for a deep role and reports the time to the first rendered grid', async () => {
    const target = roleIds[ROLE_COUNT - 1]!;
    // Records, in the page, when the first module table appears (performance.now() is ms since navigation start).
    await page.addInitScript(() => {
      const w = window as unknown as { __pmFirstGrid?: number };
      const observer = new MutationObserver(() => {
        if (w.__pmFirstGrid === undefined && document.querySelector('.pm-module table tbody tr')) {
          w.__pmFirstGrid = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });

    const loads: Array<{ firstGrid: number; lastGraphqlResponse: number; renderAfterData: number; domContentLoaded: number }> = [];
    for (let run = 0; run < COLD_LOADS; run += 1) {
      await page.goto(`/settings/permissions?view=role&role=${target}`);
      await page.getByText(/^Scale Role 50: \d+ granted/).waitFor();
      await page.waitForFunction(() => (window as unknown as { __pmFirstGrid?: number }).__pmFirstGrid !== undefined);
      loads.push(
        await page.evaluate(() => {
          const firstGrid = (window as unknown as { __pmFirstGrid: number }).__pmFirstGrid;
          // The matrix is the last GraphQL answer before the grid: what follows it is rendering.
          const graphql = performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('/graphql') && (entry as PerformanceResourceTiming).responseEnd <= firstGrid)
            .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
          const lastGraphqlResponse = Math.max(0, ...graphql);
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return {
            firstGrid,
            lastGraphqlResponse,
            renderAfterData: firstGrid - lastGraphqlResponse,
            domContentLoaded: navigation?.domContentLoadedEventEnd ?? 0,
          };
        }),
      );
    }
    timings.coldLoad = {
      firstGridMedian: round(median(loads.map((l) => l.firstGrid))),
      renderAfterDataMedian: round(median(loads.map((l) => l.renderAfterData))),
      samples: loads.map((l) => ({
        firstGrid: round(l.firstGrid),
        renderAfterData: round(l.renderAfterData),
        domContentLoaded: round(l.domContentLoaded),
      })),
    };

    // Functional: every role is offered, and the deep role shows what it inherits.
    const options = await page.getByLabel('Role', { exact: true }).locator('option').allTextContents();
    expect(options.filter((name) => name.startsWith('Scale Role '))).toHaveLength(ROLE_COUNT);
    expect(await page.locator('.pm-row--inherited').count()).toBeGreaterThan(0);
    await screenshot(page, '90-permissions-manager-50-roles', { fullPage: false });
    expect(pageErrors).toEqual([]);
  });

  it('switches roles without a request, and reports the time to the re-rendered grid', async () => {
    const samples: number[] = [];
    for (const index of [0, 24, 48, 10, 30]) {
      const name = scaleRoleName(index);
      await page.evaluate((expected) => {
        const w = window as unknown as { __pmSwitch?: Promise<number> };
        w.__pmSwitch = new Promise((resolve) => {
          document.addEventListener(
            'change',
            (event) => {
              const started = event.timeStamp;
              const poll = () =>
                document.querySelector('.pm-summary strong')?.textContent === expected && document.querySelector('.pm-module table tbody tr')
                  ? resolve(performance.now() - started)
                  : requestAnimationFrame(poll);
              poll();
            },
            { capture: true, once: true },
          );
        });
      }, name);
      await page.getByLabel('Role', { exact: true }).selectOption({ label: name });
      samples.push(await page.evaluate(() => (window as unknown as { __pmSwitch: Promise<number> }).__pmSwitch));
      expect(await page.locator('.pm-summary strong').textContent()).toBe(name);
    }
    timings.roleSwitchMs = { median: round(median(samples)), max: round(Math.max(...samples)), samples: samples.map(round) };
  });

  it('grants and revokes a cell, and reports the time from the click to the updated cell', async () => {
    const { permissionMatrix } = await matrix();
    const prerequisitesOf = new Map(permissionMatrix.modules.flatMap((m) => m.permissions.map((p) => [p.key, p.prerequisites] as const)));
    const clickSamples: Array<{ action: string; cellUpdated: number; settled: number; longTasks: number }> = [];

    for (let run = 0; run < CLICKS / 2; run += 1) {
      const roleId = roleIds[ROLE_COUNT - 1 - run * 3]!;
      const row = permissionMatrix.rows.find((candidate) => candidate.role.id === roleId)!;
      // An off permission without prerequisites, that nothing the role holds depends on: a plain toggle both ways.
      const cell = row.cells.find(
        (candidate) =>
          candidate.state === 'OFF' &&
          (prerequisitesOf.get(candidate.key) ?? []).length === 0 &&
          row.cells.every(
            (other) => (other.state !== 'GRANTED' && other.state !== 'INHERITED') || !(prerequisitesOf.get(other.key) ?? []).includes(candidate.key),
          ),
      );
      expect(cell, `a plain toggle on ${row.role.name}`).toBeDefined();
      await page.getByLabel('Role', { exact: true }).selectOption(roleId);
      await page.locator('.pm-summary strong').getByText(row.role.name, { exact: true }).waitFor();

      for (const [action, expectedClass] of [
        ['grant', 'pm-row--granted'],
        ['revoke', 'pm-row--off'],
      ] as const) {
        await page.evaluate(
          ({ key, expectedClass: wanted }) => {
            const w = window as unknown as { __pmClick?: Promise<{ cellUpdated: number; settled: number; longTasks: number }> };
            let longTasks = 0;
            const observer = new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) longTasks += entry.duration;
            });
            observer.observe({ type: 'longtask' });
            w.__pmClick = new Promise((resolve) => {
              document.addEventListener(
                'click',
                (event) => {
                  const started = event.timeStamp;
                  let cellUpdated = 0;
                  const poll = () => {
                    const rowElement = document.querySelector(`tr[data-key="${key}"]`);
                    const checkbox = rowElement?.querySelector('input');
                    if (!cellUpdated && rowElement?.classList.contains(wanted)) cellUpdated = performance.now() - started;
                    if (cellUpdated && checkbox && !checkbox.disabled) {
                      observer.disconnect();
                      resolve({ cellUpdated, settled: performance.now() - started, longTasks });
                    } else requestAnimationFrame(poll);
                  };
                  poll();
                },
                { capture: true, once: true },
              );
            });
          },
          { key: cell!.key, expectedClass },
        );
        await page.locator(`tr[data-key="${cell!.key}"] input[type="checkbox"]`).click();
        const sample = await page.evaluate(() => (window as unknown as { __pmClick: Promise<{ cellUpdated: number; settled: number; longTasks: number }> }).__pmClick);
        clickSamples.push({ action, ...sample });
        await page.getByText(`${row.role.name}: `, { exact: false }).filter({ hasText: action === 'grant' ? 'granted' : 'revoked' }).first().waitFor();
        // Functional: the server agrees with the cell.
        const fresh = (await matrix()).permissionMatrix.rows.find((candidate) => candidate.role.id === roleId)!;
        expect(fresh.cells.find((candidate) => candidate.key === cell!.key)?.state).toBe(action === 'grant' ? 'GRANTED' : 'OFF');
      }
    }
    timings.clickToUpdatedCellMs = {
      median: round(median(clickSamples.map((s) => s.cellUpdated))),
      max: round(Math.max(...clickSamples.map((s) => s.cellUpdated))),
      settledMedian: round(median(clickSamples.map((s) => s.settled))),
      longTaskMsMedian: round(median(clickSamples.map((s) => s.longTasks))),
      samples: clickSamples.map((s) => ({ action: s.action, cellUpdated: round(s.cellUpdated), settled: round(s.settled), longTasks: round(s.longTasks) })),
    };
    expect(pageErrors).toEqual([]);
  });
});
