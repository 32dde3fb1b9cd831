import type { ModuleGroup } from './types.js';

interface ModuleSpec {
  readonly name: string;
  readonly description: string;
  readonly group: ModuleGroup;
  readonly access: string;
  /**
   * Who refuses a caller that lacks the module's permissions: Access itself (its API, and its SPA
   * for navigation), or the connected application the module belongs to, which reads the caller's
   * effective permissions from Access's API. A test proves every permission of an Access module
   * guards something here.
   */
  readonly enforcedBy: 'access' | 'connected application';
}

/** The modules of Access, in navigation order. */
export const MODULE_REFERENCE = {
  users: {
    name: 'Users',
    description: 'Settings → Users: accounts, passwords, tokens, roles and direct permissions of users.',
    group: 'settings',
    access: 'users.access',
    enforcedBy: 'access',
  },
  roles: {
    name: 'Roles',
    description: 'Settings → Roles: roles, their inheritance and the Permissions Manager.',
    group: 'settings',
    access: 'roles.access',
    enforcedBy: 'access',
  },
  audit: {
    name: 'Audit',
    description: 'Settings → Audit: the append-only log of changes.',
    group: 'settings',
    access: 'audit.access',
    enforcedBy: 'access',
  },
  tenant: {
    name: 'Tenant settings',
    description: 'Settings → Tenant: organisation-wide settings such as the password policy and SSO.',
    group: 'settings',
    access: 'tenant.access',
    enforcedBy: 'access',
  },
  planner: {
    name: 'Planner',
    description: 'Planner users, shifts, worker profiles and approvals.',
    group: 'apps',
    access: 'planner.access',
    enforcedBy: 'access',
  },
  purchasing: {
    name: 'Purchasing',
    description: 'Purchase orders and suppliers.',
    group: 'apps',
    access: 'purchasing.access',
    enforcedBy: 'connected application',
  },
  vault: {
    name: 'Vault',
    description: 'Shared secrets, revealed on demand.',
    group: 'apps',
    access: 'vault.access',
    enforcedBy: 'connected application',
  },
} as const satisfies Readonly<Record<string, ModuleSpec>>;

export type ModuleKey = keyof typeof MODULE_REFERENCE;
