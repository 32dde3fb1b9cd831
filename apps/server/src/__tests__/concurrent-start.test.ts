import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrations } from '../db/migrations/index.js';
import { DEMO_LOGINS, DEMO_TENANT } from '../db/seed/demo-tenant.js';
import { DEMO_SSO_TENANT } from '../db/seed/demo-sso-tenant.js';
import { startBuiltServer, type BuiltServer } from '../test-support/built-server.js';
import { databaseUrl, onPostgresServer } from '../test-support/postgres-server.js';

const INSTANCES = 3;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';

/** What a deployment of several instances shares besides the database: the keys. */
async function sharedKeys(): Promise<Record<string, string>> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return { JWT_PRIVATE_KEY: JSON.stringify(await exportJWK(privateKey)), SECRETS_KEY: randomBytes(32).toString('base64') };
}

async function signsIn(server: BuiltServer, login: (typeof DEMO_LOGINS)[number]): Promise<boolean> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { tenant: login.tenant, username: login.username, password: login.password } } }),
  });
  const body = (await response.json()) as { data?: { login?: { accessToken?: string } } };
  return typeof body.data?.login?.accessToken === 'string';
}

// Two processes racing over one embedded PGlite cannot happen: only one can open its data directory.
describe.skipIf(!process.env.TEST_DATABASE_URL)('instances starting together (PostgreSQL only: set TEST_DATABASE_URL)', () => {
  it(
    `${INSTANCES} built servers on one empty database migrate and seed it once, and all of them serve`,
    async () => {
      const serverUrl = process.env.TEST_DATABASE_URL!;
      const name = `access_test_${randomBytes(6).toString('hex')}`;
      await onPostgresServer(serverUrl, `CREATE DATABASE "${name}"`);
      const url = databaseUrl(serverUrl, name);
      const dataDirs = await Promise.all(Array.from({ length: INSTANCES }, () => mkdtemp(path.join(os.tmpdir(), 'access-start-'))));
      const env = { ...(await sharedKeys()), SEED_DEMO: 'true' };
      const starts = await Promise.allSettled(dataDirs.map((dataDir) => startBuiltServer(url, dataDir, env)));
      const servers = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
      const client = new pg.Client({ connectionString: url });
      try {
        expect(starts.map((start) => (start.status === 'fulfilled' ? 'ready' : String(start.reason)))).toEqual(Array(INSTANCES).fill('ready'));
        const admin = DEMO_LOGINS.find((login) => login.tenant === DEMO_TENANT.slug)!;
        for (const server of servers) expect(await signsIn(server, admin)).toBe(true);

        await client.connect();
        const applied = await client.query<{ name: string; times: number }>('SELECT name, count(*)::int AS times FROM migrations GROUP BY name');
        expect(applied.rows.filter((row) => row.times !== 1)).toEqual([]);
        expect(applied.rows.map((row) => row.name).sort()).toEqual(migrations.map((migration) => migration.name).sort());

        const tenants = await client.query<{ slug: string; times: number }>('SELECT slug, count(*)::int AS times FROM tenant GROUP BY slug ORDER BY slug');
        expect(tenants.rows).toEqual([
          { slug: DEMO_TENANT.slug, times: 1 },
          { slug: DEMO_SSO_TENANT.slug, times: 1 },
        ]);
        const people = await client.query<{ users: number; usernames: number; admins: number; providers: number }>(
          `SELECT (SELECT count(*)::int FROM user_account) AS users, (SELECT count(DISTINCT (tenant_id, username))::int FROM user_account) AS usernames,
                  (SELECT count(*)::int FROM super_admin) AS admins, (SELECT count(*)::int FROM oidc_provider) AS providers`,
        );
        expect(people.rows[0]!.users).toBeGreaterThan(10);
        expect(people.rows[0]).toEqual({ users: people.rows[0]!.usernames, usernames: people.rows[0]!.usernames, admins: 1, providers: 1 });
      } finally {
        await client.end().catch(() => undefined);
        await Promise.all(servers.map((server) => server.stop()));
        await onPostgresServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await Promise.all(dataDirs.map((dataDir) => rm(dataDir, { recursive: true, force: true })));
      }
    },
    120_000,
  );
});
