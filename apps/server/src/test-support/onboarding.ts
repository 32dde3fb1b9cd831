import { randomBytes } from 'node:crypto';
import { TenantEntity } from '../modules/tenants/tenant.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { TEST_PASSWORD } from './fixtures.js';
import { ok, signIn, type TenantWithAdmin } from './sessions.js';
import type { TestApp } from './test-app.js';

/**
 * A tenant onboarded the way a customer is: a super admin's createTenant, then the first
 * administrator's activation through the mailed link (read from the development outbox).
 */
export async function onboardedTenant(app: TestApp, superAdminToken: string, name = 'Onboarded Org'): Promise<TenantWithAdmin> {
  const slug = `onboarded-${randomBytes(4).toString('hex')}`;
  const created = ok(await app.graphql<{ createTenant: { id: string } }>(
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
    { input: { slug, name, firstAdmin: { username: 'first.admin', email: `first.admin@${slug}.example`, firstName: 'First', lastName: 'Admin' } } },
    superAdminToken,
  )).createTenant;
  const ds = app.database.dataSource;
  const admin = await ds.getRepository(UserEntity).findOneByOrFail({ tenantId: created.id, username: 'first.admin' });
  const [mail] = await ds.query<Array<{ text_body: string }>>('SELECT text_body FROM mail_outbox WHERE recipient_user_id = $1', [admin.id]);
  const token = /\/activate\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1];
  if (!token) throw new Error(`no activation link was mailed to the first administrator of ${slug}`);
  ok(await app.graphql('mutation($token: String!, $password: String!) { activateAccount(token: $token, password: $password) }', { token, password: TEST_PASSWORD }));
  return {
    tenant: await ds.getRepository(TenantEntity).findOneByOrFail({ id: created.id }),
    admin: await ds.getRepository(UserEntity).findOneByOrFail({ id: admin.id }),
    adminRoleId: admin.roleId,
    token: await signIn(app, slug, admin.username),
  };
}
