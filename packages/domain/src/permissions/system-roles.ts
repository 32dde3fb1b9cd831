import { PERMISSION_KEYS, type PermissionKey } from './reference.js';

export interface SystemRoleSpec {
  readonly name: string;
  readonly description: string;
  /** Keys of other system roles this role inherits from. */
  readonly parents: readonly SystemRoleKey[];
  /** The role's own permissions (inherited ones are not repeated). */
  readonly permissions: readonly PermissionKey[];
}

export type SystemRoleKey =
  | 'administrator'
  | 'userManager'
  | 'auditor'
  | 'plannerScheduler'
  | 'buyer'
  | 'seniorBuyer'
  | 'worker';

/**
 * Roles shipped by the product and seeded into every tenant, flagged as system roles so they
 * cannot be deleted. Each role's effective set has all its prerequisites (checked by tests).
 */
export const SYSTEM_ROLES = {
  administrator: {
    name: 'Administrator',
    description: 'Everything, in every module.',
    parents: [],
    permissions: PERMISSION_KEYS,
  },
  userManager: {
    name: 'User Manager',
    description: 'Creates and maintains users, their passwords, tokens and roles.',
    parents: [],
    permissions: [
      'users.access',
      'users.read',
      'users.activity.read',
      'users.create',
      'users.update',
      'users.invite',
      'users.deactivate',
      'users.delete',
      'users.passwords.reset',
      'users.passwords.set',
      'users.tokens.manage',
      'users.roles.assign',
      'users.permissions.grant',
      'users.import',
      'users.export',
      'roles.access',
      'roles.read',
    ],
  },
  auditor: {
    name: 'Auditor',
    description: 'Reads the audit log and who has which access; changes nothing.',
    parents: [],
    permissions: [
      'audit.access',
      'audit.read',
      'audit.export',
      'users.access',
      'users.read',
      'users.activity.read',
      'roles.access',
      'roles.read',
    ],
  },
  plannerScheduler: {
    name: 'Planner Scheduler',
    description: 'Runs the schedule: planner users, shifts, approvals and reports.',
    parents: [],
    permissions: [
      'planner.access',
      'planner.portal.open',
      'planner.users.read',
      'planner.users.manage',
      'planner.compensation.read',
      'planner.skills.manage',
      'planner.certifications.approve',
      'planner.timeoff.approve',
      'planner.shifts.read',
      'planner.shifts.create',
      'planner.shifts.offer',
      'planner.reports.review',
    ],
  },
  buyer: {
    name: 'Buyer',
    description: 'Raises purchase orders.',
    parents: [],
    permissions: [
      'purchasing.access',
      'purchasing.orders.read',
      'purchasing.orders.create',
      'purchasing.suppliers.read',
    ],
  },
  seniorBuyer: {
    name: 'Senior Buyer',
    description: 'A Buyer who also approves purchase orders.',
    parents: ['buyer'],
    permissions: ['purchasing.orders.approve'],
  },
  worker: {
    name: 'Worker',
    description: 'Worker portal only: sees nothing in the admin app.',
    parents: [],
    permissions: [],
  },
} as const satisfies Readonly<Record<SystemRoleKey, SystemRoleSpec>>;

export const SYSTEM_ROLE_KEYS = Object.keys(SYSTEM_ROLES) as SystemRoleKey[];
