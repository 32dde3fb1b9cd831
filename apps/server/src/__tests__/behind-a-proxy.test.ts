import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PERMISSION_KEYS } from '@access/domain';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import { stageSigningKey } from '../modules/auth/signing-key-store.js';
import { SecretBox } from '../modules/secrets/secret-box.js';
import { assignCertification, SAMPLE_FILES } from '../modules/portal/__tests__/fixtures.js';
import { startBuiltServer, type BuiltServer } from '../test-support/built-server.js';
import { createRole, createTenant, createUser, TEST_PASSWORD } from '../test-support/fixtures.js';
import { nginxAvailable, startNginx, type NginxProxy } from '../test-support/nginx-proxy.js';
import { databaseUrl, onPostgresServer } from '../test-support/postgres-server.js';
import { startS3Server } from '../test-support/s3-server.js';
import { TEST_SECRETS_KEY } from '../test-support/test-app.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const ADDRESS_MAX_FAILURES = 6;

interface Answer<T> {
  status: number;
  /** Which instance nginx sent the request to. */
  upstream: string;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** One GraphQL request from a given loopback address, as a distinct client would send it. */
function graphql<T>(base: string, query: string, variables: Record<string, unknown>, options: { token?: string; from?: string } = {}): Promise<Answer<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${base}/graphql`,
      {
        method: 'POST',
        localAddress: options.from ?? '127.0.0.1',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, upstream: String(response.headers['x-upstream'] ?? ''), body: JSON.parse(Buffer.concat(chunks).toString()) as Answer<T>['body'] }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';
const ME = '{ me { username } myPermissions { active } }';

/**
 * Issue 16's deployment, with real parts: two built server instances started together on one empty
 * PostgreSQL database, a real nginx in front, an S3-compatible bucket for uploads.
 */
describe.skipIf(!serverUrl || !nginxAvailable)('two instances behind nginx (PostgreSQL and Debian nginx only)', () => {
  const name = `access_proxy_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const dataDirs: string[] = [];
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let instances: BuiltServer[] = [];
  let proxy: NginxProxy;
  let dataSource: DataSource;
  let tenant: { id: string; slug: string };
  let roleId: string;
  let admin: { username: string };
  const served = new Map<string, number>();

  const call = async <T>(base: string, query: string, variables: Record<string, unknown> = {}, options: { token?: string; from?: string } = {}) => {
    const answer = await graphql<T>(base, query, variables, options);
    served.set(answer.upstream, (served.get(answer.upstream) ?? 0) + 1);
    return answer;
  };
  const signIn = async (base: string, username: string, password = TEST_PASSWORD, from?: string) =>
    call<{ login: { accessToken: string } }>(base, LOGIN, { input: { tenant: tenant.slug, username, password } }, { from });

  beforeAll(async () => {
    await onPostgresServer(serverUrl!, `CREATE DATABASE ${name}`);
    s3 = await startS3Server();
    const env = {
      SECRETS_KEY: TEST_SECRETS_KEY,
      FILE_STORAGE_URL: s3.url('proofs'),
      SIGNIN_ADDRESS_MAX_FAILURES: String(ADDRESS_MAX_FAILURES),
      SIGNING_KEY_REFRESH_SECONDS: '1',
    };
    for (let i = 0; i < 2; i++) dataDirs.push(await mkdtemp(path.join(os.tmpdir(), 'access-proxy-')));
    // Both at once on the empty database: they race for the migrations and the first signing key.
    instances = await Promise.all(dataDirs.map((dir) => startBuiltServer(databaseUrl(serverUrl!, name), dir, env)));
    proxy = await startNginx(instances.map((instance) => instance.url));

    dataSource = await createDataSource({ kind: 'postgres', url: databaseUrl(serverUrl!, name) });
    await dataSource.initialize();
    tenant = await createTenant(dataSource, 'Proxy Org');
    roleId = (await createRole(dataSource, tenant.id, [...PERMISSION_KEYS], 'Administrator')).id;
    admin = await createUser(dataSource, tenant.id, roleId);
  }, 120_000);

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    await dataSource?.destroy();
    await onPostgresServer(serverUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await s3?.close();
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
    console.log(`requests per instance through nginx: ${JSON.stringify(Object.fromEntries(served))}`);
  });

  it('comes up on an empty database with both instances started together: one schema, one signing key', async () => {
    const migrations: Array<{ name: string; copies: string }> = await dataSource.query('SELECT name, count(*)::text AS copies FROM migrations GROUP BY name');
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.filter((row) => row.copies !== '1')).toEqual([]);
    const keys: Array<{ count: string }> = await dataSource.query('SELECT count(*)::text AS count FROM signing_key');
    expect(keys[0]!.count).toBe('1');
    for (const base of [proxy.balanced, ...proxy.pinned]) expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('spreads requests over both instances, and a session started on one works on the other', async () => {
    const [first, second] = proxy.pinned as [string, string];
    const session = await signIn(first, admin.username);
    const token = session.body.data!.login.accessToken;
    const me = await call<{ me: { username: string } }>(second, ME, {}, { token });
    expect(me.body.data?.me.username).toBe(admin.username);
    expect(new Set([session.upstream, me.upstream]).size).toBe(2);

    const upstreams = new Set<string>();
    for (let i = 0; i < 6; i++) upstreams.add((await call(proxy.balanced, ME, {}, { token })).upstream);
    expect(upstreams.size).toBe(2);
  });

  it('applies a role change made through one instance at the next request on the other', async () => {
    const [first, second] = proxy.pinned as [string, string];
    const worker = await createUser(dataSource, tenant.id, (await createRole(dataSource, tenant.id, ['users.access', 'users.read'])).id);
    const workerToken = (await signIn(second, worker.username)).body.data!.login.accessToken;
    const before = await call<{ myPermissions: { active: string[] } }>(second, ME, {}, { token: workerToken });
    expect(before.body.data?.myPermissions.active).toContain('users.read');

    const adminToken = (await signIn(first, admin.username)).body.data!.login.accessToken;
    const plain = await createRole(dataSource, tenant.id, []);
    const changed = await call(first, 'mutation($id: ID!, $roleId: ID!) { changeRole(id: $id, roleId: $roleId) { id } }', { id: worker.id, roleId: plain.id }, { token: adminToken });
    expect(changed.body.errors).toBeUndefined();
    const after = await call<{ myPermissions: { active: string[] } }>(second, ME, {}, { token: workerToken });
    expect(after.body.data?.myPermissions.active ?? []).not.toContain('users.read');
  });

  it('counts failed sign-ins per real client address through the proxy, over both instances', async () => {
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      const refused = await signIn(proxy.balanced, `nobody-${i}`, 'Wrong#Guess1', '127.0.0.2');
      expect(refused.body.errors?.[0]?.message).toBe('Invalid username or password');
    }
    const lockedOut = await signIn(proxy.balanced, admin.username, TEST_PASSWORD, '127.0.0.2');
    expect(lockedOut.body.data ?? null).toBeNull();
    const otherClient = await signIn(proxy.balanced, admin.username, TEST_PASSWORD, '127.0.0.3');
    expect(otherClient.body.data?.login.accessToken).toEqual(expect.any(String));

    const refusals: Array<{ ip: string; count: string }> = await dataSource.query(
      "SELECT origin->>'ip' AS ip, count(*)::text AS count FROM audit_entry WHERE tenant_id = $1 AND action = 'auth.login_refused' GROUP BY 1",
      [tenant.id],
    );
    expect(Object.fromEntries(refusals.map((row) => [row.ip, Number(row.count)]))).toMatchObject({ '127.0.0.2': ADDRESS_MAX_FAILURES + 1 });
    console.log(`lockout through the proxy: ${JSON.stringify(refusals)}`);
  });

  it('accepts on both instances the tokens of a key rotated in the database', async () => {
    const [first, second] = proxy.pinned as [string, string];
    const box = new SecretBox(Buffer.from(TEST_SECRETS_KEY, 'base64'));
    const { kid } = await stageSigningKey(dataSource, box, new Date(Date.now() + 1_500));
    const jwks = async (base: string) => ((await (await fetch(`${base}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> }).keys.map((key) => key.kid);
    for (const base of [first, second]) {
      for (let i = 0; i < 50 && !(await jwks(base)).includes(kid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await jwks(base)).toContain(kid);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    const token = (await signIn(second, admin.username)).body.data!.login.accessToken;
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid).toBe(kid);
    expect((await call<{ me: { username: string } }>(first, ME, {}, { token })).body.data?.me.username).toBe(admin.username);
  });

  it('downloads a proof uploaded through one instance through the other', async () => {
    const [first, second] = proxy.pinned as [string, string];
    // An external planner worker uploads through the portal.
    const worker = await createUser(dataSource, tenant.id, (await createRole(dataSource, tenant.id, [])).id);
    await dataSource.query("UPDATE user_account SET origin = 'external', external_planner_access = false, portal_access = true WHERE id = $1", [worker.id]);
    const certificationId = await assignCertification(dataSource, tenant.id, worker.id);
    const token = (await signIn(first, worker.username)).body.data!.login.accessToken;
    const uploaded = await call<{ uploadCertificationProof: { proofs: Array<{ downloadUrl: string }> } }>(
      first,
      'mutation($input: CertificationProofInput!) { uploadCertificationProof(input: $input) { proofs { downloadUrl } } }',
      { input: { certificationId, fileName: 'card.png', contentType: 'image/png', contentBase64: SAMPLE_FILES.png.toString('base64') } },
      { token },
    );
    expect(uploaded.body.errors).toBeUndefined();
    const link = new URL(uploaded.body.data!.uploadCertificationProof.proofs[0]!.downloadUrl);
    const download = await fetch(new URL(link.pathname + link.search, second));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(SAMPLE_FILES.png);
  });
});
