import { PERMISSION_KEYS } from '@access/domain';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRole, createTenant, createUser, TEST_PASSWORD } from '../test-support/fixtures.js';
import { runCrashLoad } from '../test-support/crash-load.js';
import { createTestDatabase } from '../test-support/test-database.js';

// bench/crash-safety.mjs runs this file with a heavier load through these variables.
const env = process.env;
const kills = Number(env.CRASH_SAFETY_KILLS || 3);
const loadMs: [number, number] = [Number(env.CRASH_SAFETY_MIN_MS || 300), Number(env.CRASH_SAFETY_MAX_MS || 1200)];
const workers = Number(env.CRASH_SAFETY_WORKERS || 4);
const grantRoles = Number(env.CRASH_SAFETY_GRANT_ROLES || 3);

// An embedded PGlite lives inside the process being killed, and a second process cannot open it to check.
describe.skipIf(!env.TEST_DATABASE_URL)('crash safety of the built server (PostgreSQL only: set TEST_DATABASE_URL)', () => {
  it(
    'loses no acknowledged change and leaves none half done when killed with SIGKILL under write load',
    async () => {
      const database = await createTestDatabase();
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'access-crash-'));
      try {
        if (database.config.kind !== 'postgres') throw new Error('PostgreSQL only');
        const tenant = await createTenant(database.dataSource, 'Crash Org');
        const role = await createRole(database.dataSource, tenant.id, [...PERMISSION_KEYS], 'Administrator');
        const admin = await createUser(database.dataSource, tenant.id, role.id);
        const figures = await runCrashLoad({
          databaseUrl: database.config.url,
          dataSource: database.dataSource,
          dataDir,
          tenant,
          admin: { username: admin.username, password: TEST_PASSWORD },
          kills,
          loadMs,
          workers,
          grantRoles,
        });
        if (env.CRASH_SAFETY_REPORT) await writeFile(env.CRASH_SAFETY_REPORT, JSON.stringify(figures, null, 2));
        console.info(`crash safety: ${JSON.stringify({ ...figures, violations: figures.violations.length })}`);

        expect(figures.kills).toBe(kills);
        expect(figures.startErrors).toEqual([]);
        expect(figures.violations).toEqual([]);
        for (const tally of Object.values(figures.tallies)) {
          expect(tally.mismatches).toBe(0);
          expect(tally.attempted).toBeGreaterThan(0);
        }
        expect(Object.values(figures.tallies).reduce((sum, tally) => sum + tally.acknowledged, 0)).toBeGreaterThan(10);
      } finally {
        await database.drop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    Math.max(30_000, kills * (loadMs[1] + 15_000)),
  );
});
