import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../services.js';
import { createMailer } from '../../mail/create-mailer.js';
import { loadSecretBox } from '../../secrets/secret-box.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { createRole, createSuperAdmin, createTenant, createUser, TEST_PASSWORD } from '../../../test-support/fixtures.js';
import type { TenantEntity } from '../../tenants/tenant.entity.js';
import type { AuthDeps } from '../deps.js';
import type { LoginInput } from '../dto/login.input.js';
import { argon2Verifier, DUMMY_PASSWORD_HASH, hashPassword } from '../password-hashing.js';
import { login } from '../use-cases/sign-in.js';

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) { ... on Session { accessToken } }
  }
`;
const WRONG = 'Wrong#Horse9';

/** `$argon2id$v=19$m=…,t=…,p=…`: what decides how long verifying against a hash takes. */
const costOf = (hash: string) => hash.split('$').slice(0, 4).join('$');

describe('sign-in tells nobody which accounts exist', () => {
  let app: TestApp;
  let tenant: TenantEntity;
  let superAdminUsername: string;

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.database.dataSource;
    tenant = await createTenant(ds, 'Enumeration Org');
    const role = await createRole(ds, tenant.id, ['users.access']);
    await createUser(ds, tenant.id, role.id, { username: 'present' });
    await createUser(ds, tenant.id, role.id, { username: 'inactive', isActive: false });
    superAdminUsername = (await createSuperAdmin(ds)).username;
  });
  afterAll(async () => {
    await app.close();
  });

  /** The refusals a caller can compare: a wrong password for an existing account first. */
  const refusals = (): Array<[string, LoginInput]> => [
    ['an existing user with a wrong password', { tenant: tenant.slug, username: 'present', password: WRONG }],
    ['a missing user', { tenant: tenant.slug, username: 'absent', password: WRONG }],
    ['a missing user, right password', { tenant: tenant.slug, username: 'absent-too', password: TEST_PASSWORD }],
    ['a missing organisation', { tenant: 'no-such-organisation', username: 'present', password: TEST_PASSWORD }],
    ['a deactivated user', { tenant: tenant.slug, username: 'inactive', password: TEST_PASSWORD }],
    ['an existing super admin with a wrong password', { username: superAdminUsername, password: WRONG }],
    ['a missing super admin', { username: 'no-such-admin', password: WRONG }],
  ];

  it('answers a missing account exactly as an existing one with a wrong password', async () => {
    const answers = new Map<string, string>();
    for (const [name, input] of refusals()) answers.set(name, JSON.stringify(await app.graphql(LOGIN, { input })));
    const [first] = answers.values();
    expect(JSON.parse(first!)).toEqual({ data: null, errors: [expect.objectContaining({ message: 'Invalid username or password', extensions: { code: 'UNAUTHENTICATED' } })] });
    for (const [name, answer] of answers) expect(answer, name).toBe(first);
  });

  it('verifies exactly one password of the same cost on every path, a dummy one when there is no account', async () => {
    const config = app.config;
    const services = createServices(app.database.dataSource, {
      config,
      keys: app.keys,
      mailer: createMailer(config),
      secrets: await loadSecretBox(config.dataDir, config.secretsKey),
      appUrl: () => app.url,
    });
    const verified: string[] = [];
    const auth: AuthDeps = {
      ...services.auth,
      passwords: { verify: (hash, password) => (verified.push(hash), argon2Verifier.verify(hash, password)) },
    };
    const realCost = costOf(await hashPassword(TEST_PASSWORD));
    for (const [name, input] of refusals()) {
      verified.length = 0;
      await expect(login(auth, input, { ip: '192.0.2.1' }), name).rejects.toThrow('Invalid username or password');
      expect(verified.map(costOf), name).toEqual([realCost]);
    }
  });

  it('does the same database work on every path: each refusal is audited, a made-up name too', async () => {
    const statements: Array<[string, number]> = [];
    for (const [name, input] of refusals()) {
      await app.settleChanges();
      const before = app.database.statements();
      await app.graphql(LOGIN, { input });
      statements.push([name, app.database.statements() - before]);
    }
    // Super admins sign in without an organisation, which a caller sees anyway: each kind is compared with its own.
    const byKind = (superAdmin: boolean) => statements.filter(([name]) => name.includes('super admin') === superAdmin);
    for (const kind of [byKind(false), byKind(true)]) {
      const [[, wrongPassword]] = kind as [[string, number]];
      for (const [name, count] of kind) expect(count, name).toBe(wrongPassword);
    }

    const entry = async (tenantId: string | null, label: string) =>
      (
        (await app.database.dataSource.query(
          `SELECT target_id, after FROM audit_entry WHERE tenant_id IS NOT DISTINCT FROM $1 AND action = 'auth.login_refused' AND target_label = $2
            ORDER BY sequence DESC LIMIT 1`,
          [tenantId, label],
        )) as Array<{ target_id: string | null; after: { reason: string } }>
      )[0];
    expect(await entry(tenant.id, 'absent')).toEqual({ target_id: null, after: { reason: 'UNKNOWN_ACCOUNT' } });
    expect(await entry(null, 'present')).toEqual({ target_id: null, after: { reason: 'UNKNOWN_ORGANISATION' } });
    expect(await entry(null, 'no-such-admin')).toEqual({ target_id: null, after: { reason: 'UNKNOWN_ACCOUNT' } });
  });

  it('keeps the dummy hash as costly as a real one', async () => {
    expect(costOf(DUMMY_PASSWORD_HASH)).toBe(costOf(await hashPassword(TEST_PASSWORD)));
    expect(await argon2Verifier.verify(DUMMY_PASSWORD_HASH, TEST_PASSWORD)).toBe(false);
  });
});
