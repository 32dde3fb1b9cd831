import { PERMISSION_KEYS } from '@access/domain';
import { DEMO_LOGINS, DEMO_TENANT } from '../../db/seed/demo-tenant.js';
import { TenantEntity } from '../../modules/tenants/tenant.entity.js';
import { createRole, createUser } from '../fixtures.js';
import { ok, signedInSuperAdmin, signIn } from '../sessions.js';
import type { TestApp } from '../test-app.js';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';

export type CallerRole = 'admin' | 'worker' | 'superAdmin' | 'anonymous';

export interface FuzzCallers {
  token(role: CallerRole): string | undefined;
  /** Replaces a caller whose session or standing the fuzzed operations took away. */
  renew(role: CallerRole): Promise<void>;
  /** Every user id the callers ever signed in as, kept out of the id pool. */
  readonly userIds: ReadonlySet<string>;
}

/**
 * A tenant administrator (a role of its own holding every permission), a worker of the demo
 * tenant (an external planner user with portal access) and a platform super admin. Fuzzed
 * mutations legitimately deactivate users, revoke sessions or suspend tenants; the run then
 * carries on with a fresh caller instead of reading refusals of a dead session.
 */
export async function fuzzCallers(app: TestApp): Promise<FuzzCallers> {
  const ds = app.database.dataSource;
  const tenant = await ds.getRepository(TenantEntity).findOneByOrFail({ slug: DEMO_TENANT.slug });
  const tokens = new Map<CallerRole, string>();
  const userIds = new Set<string>();
  let workersMade = 0;

  const makers: Record<Exclude<CallerRole, 'anonymous'>, () => Promise<string>> = {
    async admin() {
      const role = await createRole(ds, tenant.id, [...PERMISSION_KEYS], `Fuzz administrator ${userIds.size}`);
      const user = await createUser(ds, tenant.id, role.id, { firstName: 'Fuzz', lastName: 'Admin' });
      userIds.add(user.id);
      return signIn(app, tenant.slug, user.username);
    },
    async worker() {
      if (workersMade++ === 0) return signInAsMaria();
      const role = await createRole(ds, tenant.id, [], `Fuzz worker ${userIds.size}`);
      const user = await createUser(ds, tenant.id, role.id, { firstName: 'Fuzz', lastName: 'Worker' });
      await ds.query("UPDATE user_account SET origin = 'external', portal_access = true WHERE id = $1", [user.id]);
      userIds.add(user.id);
      return signIn(app, tenant.slug, user.username);
    },
    async superAdmin() {
      const admin = await signedInSuperAdmin(app);
      userIds.add(admin.id);
      return admin.token;
    },
  };

  // The demo worker first: the seeded shifts, offers and reports are hers, so portal inputs naming them get past ownership.
  async function signInAsMaria(): Promise<string> {
    const login = DEMO_LOGINS.find((demo) => demo.username === 'maria.lopez')!;
    const [maria] = await ds.query<Array<{ id: string }>>('SELECT id FROM user_account WHERE tenant_id = $1 AND username = $2', [tenant.id, login.username]);
    userIds.add(maria!.id);
    const result = await app.graphql<{ login: { accessToken: string } }>(LOGIN, { input: { tenant: tenant.slug, username: login.username, password: login.password } });
    return ok(result).login.accessToken;
  }

  async function renew(role: CallerRole): Promise<void> {
    if (role === 'anonymous') return;
    // A suspended tenant, or one switched to its identity provider or to 2FA for everyone, would refuse the new session too.
    await ds.query("UPDATE tenant SET suspended_at = NULL, settings = '{}' WHERE id = $1", [tenant.id]);
    tokens.set(role, await makers[role]());
  }

  for (const role of ['admin', 'worker', 'superAdmin'] as const) await renew(role);
  return { token: (role) => tokens.get(role), renew, userIds };
}
