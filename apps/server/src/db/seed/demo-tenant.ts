import type { SystemRoleKey } from '@access/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ApprovalGroupMemberEntity } from '../../modules/approvals/approval-group-member.entity.js';
import { ApprovalGroupEntity } from '../../modules/approvals/approval-group.entity.js';
import { HolidayDelegationEntity } from '../../modules/approvals/holiday-delegation.entity.js';
import { LoginEventEntity } from '../../modules/auth/login-event.entity.js';
import { hashPassword } from '../../modules/auth/password-hashing.js';
import { addDays, todayLocalDate } from '../../modules/planner/local-date.js';
import { RoleEntity } from '../../modules/roles/role.entity.js';
import { ensureSystemRoles } from '../../modules/roles/system-roles.js';
import { SuperAdminEntity } from '../../modules/super-admins/super-admin.entity.js';
import { TenantEntity } from '../../modules/tenants/tenant.entity.js';
import { normalizeEmail } from '../../modules/users/normalize-email.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { demoPeople } from './demo-people.js';
import { seedDemoPlanner } from './demo-planner.js';

export const DEMO_TENANT = { slug: 'acme', name: 'Acme Operations' } as const;

export interface DemoLogin {
  who: string;
  tenant: string | null;
  username: string;
  password: string;
}

const SUPER_ADMIN = { username: 'superadmin', displayName: 'Platform Operator', password: 'Super#2026demo' } as const;

interface DemoUser {
  username: string;
  firstName: string;
  lastName: string;
  role: SystemRoleKey;
  password: string;
  isActive?: boolean;
  who?: string;
}

const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', firstName: 'Alex', lastName: 'Morgan', role: 'administrator', password: 'Admin#2026demo', who: 'Tenant admin' },
  { username: 'maria.lopez', firstName: 'Maria', lastName: 'Lopez', role: 'worker', password: 'Worker#2026demo', who: 'Worker (portal at /portal)' },
  { username: 'james.chen', firstName: 'James', lastName: 'Chen', role: 'userManager', password: 'Manager#2026demo' },
  { username: 'priya.patel', firstName: 'Priya', lastName: 'Patel', role: 'auditor', password: 'Auditor#2026demo' },
  { username: 'tom.becker', firstName: 'Tom', lastName: 'Becker', role: 'buyer', password: 'Buyer#2026demo' },
  { username: 'sofia.rossi', firstName: 'Sofia', lastName: 'Rossi', role: 'seniorBuyer', password: 'Buyer#2026demo' },
  { username: 'liam.oconnor', firstName: 'Liam', lastName: "O'Connor", role: 'plannerScheduler', password: 'Planner#2026demo', who: 'Planner scheduler' },
  { username: 'nina.kovac', firstName: 'Nina', lastName: 'Kovac', role: 'buyer', password: 'Buyer#2026demo', isActive: false },
];

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { who: 'Super admin', tenant: null, username: SUPER_ADMIN.username, password: SUPER_ADMIN.password },
  ...DEMO_USERS.filter((user) => user.who).map((user) => ({
    who: user.who ?? user.username,
    tenant: DEMO_TENANT.slug,
    username: user.username,
    password: user.password,
  })),
];

const DEMO_PEOPLE_PASSWORD = 'Staff#2026demo';
/** Printed with the logins: every other active demo user signs in with the same password. */
export const DEMO_STAFF_HINT = `Other active staff (e.g. ${demoPeople()[0]!.username}) sign in with ${DEMO_PEOPLE_PASSWORD}`;
const DEMO_TEMPORARY_PASSWORD = 'Temp#2026demo!';

/** The wider staff list: every lifecycle state, sign-in history, approval groups and delegations. */
async function seedDemoPeople(
  manager: EntityManager,
  tenantId: string,
  roles: Map<SystemRoleKey, RoleEntity>,
  existing: ReadonlySet<string>,
  hashOf: (password: string) => Promise<string>,
): Promise<boolean> {
  const missing = demoPeople().filter((person) => !existing.has(person.username));
  if (missing.length === 0) return false;
  const [staffHash, temporaryHash] = await Promise.all([hashOf(DEMO_PEOPLE_PASSWORD), hashOf(DEMO_TEMPORARY_PASSWORD)]);
  const now = Date.now();
  const lastLogins = missing.map((person) =>
    person.lastLoginDaysAgo === undefined ? null : new Date(now - person.lastLoginDaysAgo * 86_400_000 - 3_600_000),
  );
  // One statement for the people and one for their sign-ins: a fresh start waits for the seed.
  const { identifiers } = await manager.insert(
    UserEntity,
    missing.map((person, index) => ({
      tenantId,
      username: person.username,
      email: normalizeEmail(`${person.username}@acme.example`),
      firstName: person.firstName,
      lastName: person.lastName,
      jobTitle: person.jobTitle,
      department: person.department,
      location: person.location,
      origin: person.origin,
      roleId: roles.get(person.role)!.id,
      portalAccess: person.origin === 'external' || person.role === 'worker',
      externalPlannerAccess: person.role === 'worker' || person.role === 'plannerScheduler',
      holdInvite: person.state === 'introduction',
      isActive: person.state !== 'inactive',
      activatedAt: person.state === 'introduction' || person.state === 'released' ? null : new Date(now - 400 * 86_400_000),
      passwordHash: person.state === 'introduction' ? null : person.state === 'released' ? temporaryHash : staffHash,
      passwordIsTemporary: person.state === 'released',
      passwordChangeRequired: person.state === 'released',
      lastLoginAt: lastLogins[index],
      deletedAt: person.state === 'deleted' ? new Date(now - 30 * 86_400_000) : null,
    })),
  );
  // A sign-in every few days up to the last one, so Recent Activity has something to count.
  const events = missing.flatMap((_, index) => {
    const lastLogin = lastLogins[index];
    const userId = identifiers[index]!.id as string;
    return lastLogin ? Array.from({ length: 12 }, (_, i) => ({ tenantId, userId, occurredAt: new Date(lastLogin.getTime() - i * 9 * 86_400_000) })) : [];
  });
  if (events.length > 0) await manager.insert(LoginEventEntity, events);
  await seedApprovals(manager, tenantId);
  return true;
}

async function seedApprovals(manager: EntityManager, tenantId: string): Promise<void> {
  const members = async (where: string) =>
    (await manager.query<Array<{ id: string }>>(
      `SELECT u.id FROM user_account u JOIN role r ON r.id = u.role_id WHERE u.tenant_id = $1 AND u.deleted_at IS NULL AND u.is_active AND ${where} ORDER BY u.username`,
      [tenantId],
    )).map((row) => row.id);
  const groups: Array<[string, string]> = [
    ['Purchase order approvers', "r.name IN ('Senior Buyer', 'Administrator')"],
    ['Time-off approvers', "r.name IN ('Planner Scheduler', 'User Manager')"],
  ];
  for (const [name, where] of groups) {
    if (await manager.existsBy(ApprovalGroupEntity, { tenantId, name })) continue;
    const group = await manager.save(manager.create(ApprovalGroupEntity, { tenantId, name }));
    for (const userId of await members(where)) await manager.insert(ApprovalGroupMemberEntity, { groupId: group.id, userId });
  }
  if (!(await manager.existsBy(HolidayDelegationEntity, { tenantId }))) {
    const [delegator, delegate] = await members("r.name = 'Senior Buyer'");
    if (delegator && delegate) {
      // Counted from the day of seeding, so a fresh demo shows an upcoming delegation rather than a past one.
      const startsOn = addDays(todayLocalDate(), 7);
      await manager.insert(HolidayDelegationEntity, { tenantId, delegatorId: delegator, delegateId: delegate, startsOn, endsOn: addDays(startsOn, 14) });
    }
  }
}

/**
 * The demo tenant "Acme Operations", its users and a platform super admin. Re-runnable: it only
 * adds what is missing, so running it again changes nothing.
 */
export async function seedDemoTenant(dataSource: DataSource): Promise<{ created: boolean; logins: readonly DemoLogin[] }> {
  return dataSource.transaction(async (manager) => {
    let created = false;
    let tenant = await manager.findOneBy(TenantEntity, { slug: DEMO_TENANT.slug });
    if (!tenant) {
      tenant = await manager.save(manager.create(TenantEntity, { ...DEMO_TENANT }));
      created = true;
    }
    const tenantId = tenant.id;
    const roles = await ensureSystemRoles(manager, tenantId);
    // Each password hashed once, all at the same time: argon2 runs off the main thread.
    const hashes = new Map<string, Promise<string>>();
    const hashOf = (password: string) => hashes.get(password) ?? hashes.set(password, hashPassword(password)).get(password)!;

    const existing = new Set(
      (await manager.query<Array<{ username: string }>>('SELECT username FROM user_account WHERE tenant_id = $1', [tenantId])).map((row) => row.username),
    );
    const missingUsers = DEMO_USERS.filter((user) => !existing.has(user.username));
    if (missingUsers.length > 0) {
      const activatedAt = new Date();
      const passwordHashes = await Promise.all(missingUsers.map((user) => hashOf(user.password)));
      await manager.insert(
        UserEntity,
        missingUsers.map((user, index) => ({
          tenantId,
          username: user.username,
          email: normalizeEmail(`${user.username}@acme.example`),
          firstName: user.firstName,
          lastName: user.lastName,
          roleId: roles.get(user.role)!.id,
          passwordHash: passwordHashes[index],
          isActive: user.isActive ?? true,
          activatedAt,
        })),
      );
      for (const user of missingUsers) existing.add(user.username);
      created = true;
    }

    if (await seedDemoPeople(manager, tenantId, roles, existing, hashOf)) created = true;
    await seedDemoPlanner(manager, tenantId);

    if (!(await manager.existsBy(SuperAdminEntity, { username: SUPER_ADMIN.username }))) {
      await manager.insert(SuperAdminEntity, {
        username: SUPER_ADMIN.username,
        displayName: SUPER_ADMIN.displayName,
        passwordHash: await hashOf(SUPER_ADMIN.password),
      });
      created = true;
    }
    return { created, logins: DEMO_LOGINS };
  });
}
