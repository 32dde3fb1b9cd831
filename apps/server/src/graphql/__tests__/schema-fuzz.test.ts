import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { seedDemoTenant } from '../../db/seed/demo-tenant.js';
import { fingerprintReader } from '../../test-support/fuzz/database-fingerprint.js';
import { fuzzCallers } from '../../test-support/fuzz/fuzz-callers.js';
import { fuzzPools } from '../../test-support/fuzz/fuzz-pools.js';
import { fuzzTargets, runSchemaFuzz, type FuzzReport } from '../../test-support/fuzz/schema-fuzzer.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { buildDeclaredSchema } from '../schema.js';

/**
 * About two hundred inputs by default; the heavy run (bench/schema-fuzz.mjs) sets FUZZ_RUNS and
 * FUZZ_SEED, and FUZZ_REPORT to a file the figures and findings are written to.
 */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

const SKIP: Record<string, string> = {
  testSsoConnection: 'fetches the OpenID discovery document from the URL it is given: a network probe by design, tested in modules/sso',
};

/** An audit entry, with its link in the tenant's hash chain. */
const AUDITED = ['audit_entry', 'audit_entry tail', 'audit_chain_link', 'audit_chain_head'];

/**
 * Refusals that are recorded by design, so they do not count as partial writes: wrong passwords
 * count towards the sign-in lockout (login_throttle), and every refused sign-in and wrong current
 * password is audited.
 */
const REFUSAL_MAY_WRITE: Record<string, readonly string[]> = {
  login: ['login_throttle', ...AUDITED],
  changeMyPassword: ['login_throttle', ...AUDITED],
};

describe('schema fuzzing', () => {
  let app: TestApp;
  let report: FuzzReport;

  beforeAll(async () => {
    // Fuzzed sign-ins all come from 127.0.0.1; the address limit would soon refuse the callers' own.
    app = await startTestApp({ signIn: { ...loadConfig({ NODE_ENV: 'test' }).signIn, addressMaxFailures: 1_000_000 } });
    await seedDemoTenant(app.database.dataSource);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers generated inputs to every operation with a typed refusal or a result, and refusals change nothing', { timeout: 3_600_000 }, async () => {
    const schema = await buildDeclaredSchema();
    const callers = await fuzzCallers(app);
    const pools = await fuzzPools(app.database.dataSource, callers.userIds);
    const operations = fuzzTargets(schema).filter((target) => !(target.field.name in SKIP)).length;
    const started = performance.now();
    report = await runSchemaFuzz({
      app,
      schema,
      pools,
      callers,
      fingerprint: await fingerprintReader(app.database.dataSource),
      seed: SEED,
      runsPerOperation: Math.max(1, Math.ceil(TOTAL_RUNS / operations)),
      skip: SKIP,
      refusalMayWrite: REFUSAL_MAY_WRITE,
    });
    if (process.env.FUZZ_REPORT) {
      const seconds = (performance.now() - started) / 1000;
      await writeFile(process.env.FUZZ_REPORT, JSON.stringify({ database: app.database.kind, seed: SEED, seconds, ...report }, null, 2));
    }
    expect(report.findings).toEqual([]);
    expect(Object.values(report.figures).reduce((sum, figures) => sum + figures.unchangedChecks, 0)).toBeGreaterThan(0);
  });
});
