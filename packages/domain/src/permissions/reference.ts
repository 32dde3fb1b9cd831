import { Catalogue } from './catalogue.js';
import { MODULE_REFERENCE, type ModuleKey } from './modules.js';
import type { ModuleDefinition, PermissionDefinition } from './types.js';

interface PermissionSpec {
  readonly name: string;
  readonly description: string;
  readonly module: ModuleKey;
  readonly prerequisites: readonly string[];
}

/**
 * The Permissions Reference: every permission of Access, keyed by its `module.action` key.
 * Within a module, prerequisites are listed before the permissions that need them.
 */
export const PERMISSION_REFERENCE = {
  // Users
  'users.access': {
    name: 'Access Users',
    description: 'See the Users module at all.',
    module: 'users',
    prerequisites: [],
  },
  'users.read': {
    name: 'View users',
    description: 'List, filter and open users, including their effective permissions.',
    module: 'users',
    prerequisites: ['users.access'],
  },
  'users.activity.read': {
    name: 'View login activity',
    description: 'See last login and login counts over 7, 30 and 365 days.',
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.create': {
    name: 'Create users',
    description: 'Create internal and external users, in introduction mode or released.',
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.update': {
    name: 'Edit users',
    description: 'Edit identity fields, external access flags and two-factor requirement.',
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.invite': {
    name: 'Release access',
    description: 'Release a user from introduction mode and send or revoke activation links.',
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.deactivate': {
    name: 'Deactivate users',
    description: 'Deactivate and reactivate users; ends their sessions and API tokens.',
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.delete': {
    name: 'Delete users',
    description: 'Soft-delete users; their history stays attached.',
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.passwords.reset': {
    name: 'Reset passwords',
    description: 'Email a temporary password, send reset links, force a reset at next login.',
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.passwords.set': {
    name: 'Set passwords',
    description: "Set a user's password directly, subject to the password policy.",
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.tokens.manage': {
    name: 'Manage API tokens',
    description: "Create, regenerate and revoke a user's API tokens.",
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.roles.assign': {
    name: 'Change user roles',
    description: "Change a user's role; takes effect immediately.",
    module: 'users',
    prerequisites: ['users.update', 'roles.read'],
  },
  'users.permissions.grant': {
    name: 'Grant direct permissions',
    description: 'Grant and revoke permissions directly on a user, on top of their role.',
    module: 'users',
    prerequisites: ['users.read'],
  },
  'users.import': {
    name: 'Import users',
    description: 'Create users in bulk from a file.',
    module: 'users',
    prerequisites: ['users.create'],
  },
  'users.export': {
    name: 'Export users',
    description: 'Download the user list.',
    module: 'users',
    prerequisites: ['users.read'],
  },

  // Roles
  'roles.access': {
    name: 'Access Roles',
    description: 'See the Roles module at all.',
    module: 'roles',
    prerequisites: [],
  },
  'roles.read': {
    name: 'View roles',
    description: 'List roles, their parents, users and the Permissions Manager grid.',
    module: 'roles',
    prerequisites: ['roles.access'],
  },
  'roles.manage': {
    name: 'Manage roles',
    description: 'Create and rename roles and set their parent roles.',
    module: 'roles',
    prerequisites: ['roles.read'],
  },
  'roles.delete': {
    name: 'Delete roles',
    description: 'Soft-delete roles that no user is on; system roles cannot be deleted.',
    module: 'roles',
    prerequisites: ['roles.read'],
  },
  'permissions.grant': {
    name: 'Change role permissions',
    description: 'Grant and revoke permissions of roles in the Permissions Manager.',
    module: 'roles',
    prerequisites: ['roles.read'],
  },

  // Audit
  'audit.access': {
    name: 'Access Audit',
    description: 'See the Audit module at all.',
    module: 'audit',
    prerequisites: [],
  },
  'audit.read': {
    name: 'View audit log',
    description: 'Read the tenant-wide and per-user audit log.',
    module: 'audit',
    prerequisites: ['audit.access'],
  },
  'audit.export': {
    name: 'Export audit log',
    description: 'Download filtered audit entries.',
    module: 'audit',
    prerequisites: ['audit.read'],
  },

  // Tenant settings
  'tenant.access': {
    name: 'Access Tenant settings',
    description: 'See the Tenant settings module at all.',
    module: 'tenant',
    prerequisites: [],
  },
  'tenant.settings.read': {
    name: 'View tenant settings',
    description: 'Read organisation settings, the password policy and authentication setup.',
    module: 'tenant',
    prerequisites: ['tenant.access'],
  },
  'tenant.settings.update': {
    name: 'Edit tenant settings',
    description: 'Change organisation settings and the password policy.',
    module: 'tenant',
    prerequisites: ['tenant.settings.read'],
  },
  'tenant.sso.manage': {
    name: 'Manage single sign-on',
    description: 'Configure external authentication (OIDC) and the default role.',
    module: 'tenant',
    prerequisites: ['tenant.settings.update'],
  },

  // Planner
  'planner.access': {
    name: 'Access Planner',
    description: 'See the Planner module at all.',
    module: 'planner',
    prerequisites: [],
  },
  'planner.portal.open': {
    name: 'Open External Dashboard',
    description: 'Open the worker portal from Planner as an internal user.',
    module: 'planner',
    prerequisites: ['planner.access'],
  },
  'planner.users.read': {
    name: 'View planner users',
    description: 'Find planner users and open worker profiles.',
    module: 'planner',
    prerequisites: ['planner.access'],
  },
  'planner.users.manage': {
    name: 'Manage planner users',
    description: 'Add external planner users, Activate & Invite, edit worker profiles.',
    module: 'planner',
    prerequisites: ['planner.users.read'],
  },
  'planner.compensation.read': {
    name: 'View compensation',
    description: "See a worker's compensation.",
    module: 'planner',
    prerequisites: ['planner.users.read'],
  },
  'planner.skills.manage': {
    name: 'Manage skills',
    description: 'Assign skills to workers and review self-ratings.',
    module: 'planner',
    prerequisites: ['planner.users.read'],
  },
  'planner.certifications.approve': {
    name: 'Approve certifications',
    description: 'Review uploaded proof and approve certifications.',
    module: 'planner',
    prerequisites: ['planner.users.read'],
  },
  'planner.timeoff.approve': {
    name: 'Approve time off',
    description: 'Approve or refuse time-off requests.',
    module: 'planner',
    prerequisites: ['planner.users.read'],
  },
  'planner.shifts.read': {
    name: 'View shifts',
    description: 'See the schedule and every shift.',
    module: 'planner',
    prerequisites: ['planner.access'],
  },
  'planner.shifts.create': {
    name: 'Create shifts',
    description: 'Create, edit and assign shifts.',
    module: 'planner',
    prerequisites: ['planner.shifts.read'],
  },
  'planner.shifts.offer': {
    name: 'Offer shifts',
    description: 'Offer shifts to workers, who accept or decline in the portal.',
    module: 'planner',
    prerequisites: ['planner.shifts.read', 'planner.users.read'],
  },
  'planner.reports.review': {
    name: 'Review after-shift reports',
    description: 'Read and review after-shift reports.',
    module: 'planner',
    prerequisites: ['planner.shifts.read'],
  },

  // Purchasing
  'purchasing.access': {
    name: 'Access Purchasing',
    description: 'See the Purchasing module at all.',
    module: 'purchasing',
    prerequisites: [],
  },
  'purchasing.orders.read': {
    name: 'View purchase orders',
    description: 'List and open purchase orders.',
    module: 'purchasing',
    prerequisites: ['purchasing.access'],
  },
  'purchasing.orders.create': {
    name: 'Create purchase orders',
    description: 'Draft and submit purchase orders.',
    module: 'purchasing',
    prerequisites: ['purchasing.access', 'purchasing.orders.read'],
  },
  'purchasing.orders.approve': {
    name: 'Approve purchase orders',
    description: 'Approve or reject submitted purchase orders.',
    module: 'purchasing',
    prerequisites: ['purchasing.orders.read'],
  },
  'purchasing.suppliers.read': {
    name: 'View suppliers',
    description: 'List and open suppliers.',
    module: 'purchasing',
    prerequisites: ['purchasing.access'],
  },
  'purchasing.suppliers.manage': {
    name: 'Manage suppliers',
    description: 'Create and edit suppliers.',
    module: 'purchasing',
    prerequisites: ['purchasing.suppliers.read'],
  },

  // Vault
  'vault.access': {
    name: 'Access Vault',
    description: 'See the Vault module at all.',
    module: 'vault',
    prerequisites: [],
  },
  'vault.secrets.read': {
    name: 'View secrets',
    description: 'List secrets and their metadata, values hidden.',
    module: 'vault',
    prerequisites: ['vault.access'],
  },
  'vault.secrets.reveal': {
    name: 'Reveal secrets',
    description: 'Reveal a secret value; every reveal is audited.',
    module: 'vault',
    prerequisites: ['vault.secrets.read'],
  },
  'vault.secrets.manage': {
    name: 'Manage secrets',
    description: 'Create, rotate and delete secrets.',
    module: 'vault',
    prerequisites: ['vault.secrets.read'],
  },
} as const satisfies Readonly<Record<string, PermissionSpec>>;

/** A catalogued permission key: a typo is a compile error. */
export type PermissionKey = keyof typeof PERMISSION_REFERENCE;

export const PERMISSION_KEYS = Object.keys(PERMISSION_REFERENCE) as PermissionKey[];

export const MODULES: readonly ModuleDefinition<ModuleKey, PermissionKey>[] = (
  Object.keys(MODULE_REFERENCE) as ModuleKey[]
).map((key) => ({ key, ...MODULE_REFERENCE[key] }));

export const PERMISSIONS: readonly PermissionDefinition<PermissionKey, ModuleKey>[] = PERMISSION_KEYS.map(
  (key) => {
    const spec: PermissionSpec = PERMISSION_REFERENCE[key];
    // Compile-time checks in reference.test.ts prove every prerequisite is a PermissionKey.
    return { key, ...spec, prerequisites: spec.prerequisites as readonly PermissionKey[] };
  },
);

/** The shipped catalogue, validated when this module loads. */
export const CATALOGUE: Catalogue<PermissionKey, ModuleKey> = new Catalogue(MODULES, PERMISSIONS);

export function isPermissionKey(key: string): key is PermissionKey {
  return CATALOGUE.has(key);
}
