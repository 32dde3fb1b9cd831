import { describe, expect, expectTypeOf, it } from 'vitest';
import { createAccessModel } from './access-model.js';
import { MODULE_REFERENCE, type ModuleKey } from './modules.js';
import { CATALOGUE, MODULES, PERMISSIONS, PERMISSION_KEYS, PERMISSION_REFERENCE, type PermissionKey } from './reference.js';
import { SYSTEM_ROLES, SYSTEM_ROLE_KEYS } from './system-roles.js';
import { effectivePermissions } from './effective-permissions.js';

describe('Permissions Reference', () => {
  it('has at least 40 permissions with a name, description and module each', () => {
    expect(PERMISSIONS.length).toBeGreaterThanOrEqual(40);
    for (const p of PERMISSIONS) {
      expect(p.name.length, p.key).toBeGreaterThan(0);
      expect(p.description.length, p.key).toBeGreaterThan(0);
      expect(MODULE_REFERENCE[p.module], p.key).toBeDefined();
    }
  });

  it('covers every action the server guards', () => {
    const required = [
      'users.read', 'users.create', 'users.update', 'users.deactivate', 'users.delete',
      'users.passwords.reset', 'users.passwords.set', 'users.tokens.manage', 'users.roles.assign',
      'users.permissions.grant', 'users.import', 'users.export', 'roles.read', 'roles.manage',
      'roles.delete', 'permissions.grant', 'audit.read', 'audit.export',
      'planner.users.read', 'planner.users.manage', 'planner.shifts.read', 'planner.shifts.create',
      'planner.shifts.offer', 'planner.compensation.read', 'planner.certifications.approve',
      'planner.timeoff.approve', 'planner.reports.review', 'purchasing.orders.read',
      'purchasing.orders.create', 'purchasing.orders.approve', 'vault.secrets.read',
      'vault.secrets.reveal', 'vault.secrets.manage', 'tenant.settings.read', 'tenant.settings.update',
    ];
    expect(PERMISSION_KEYS).toEqual(expect.arrayContaining(required));
  });

  it('gives every module an access permission of its own, with no prerequisites', () => {
    expect(MODULES.map((m) => m.access)).toEqual([
      'users.access', 'roles.access', 'audit.access', 'tenant.access',
      'planner.access', 'purchasing.access', 'vault.access',
    ]);
    for (const m of MODULES) {
      const access = CATALOGUE.permission(m.access);
      expect(access.module).toBe(m.key);
      expect(access.prerequisites).toEqual([]);
    }
  });

  it("makes every other permission require its module's access, transitively", () => {
    for (const p of PERMISSIONS) {
      const access = CATALOGUE.module(p.module).access;
      if (p.key === access) continue;
      expect(CATALOGUE.prerequisitesOf(p.key), p.key).toContain(access);
    }
    expect(CATALOGUE.prerequisitesOf('purchasing.orders.approve')).toEqual(['purchasing.access', 'purchasing.orders.read']);
  });

  it('lists prerequisites of the same module before the permissions that need them', () => {
    const position = new Map(PERMISSION_KEYS.map((k, i) => [k, i]));
    for (const p of PERMISSIONS) {
      for (const pre of p.prerequisites) {
        if (CATALOGUE.permission(pre).module !== p.module) continue;
        expect(position.get(pre), `${p.key} needs ${pre}`).toBeLessThan(position.get(p.key) ?? -1);
      }
    }
  });

  it('types keys so that a typo does not compile', () => {
    expectTypeOf<'users.read'>().toExtend<PermissionKey>();
    expectTypeOf<'users.raed'>().not.toExtend<PermissionKey>();
    type Prerequisite = (typeof PERMISSION_REFERENCE)[PermissionKey]['prerequisites'][number];
    expectTypeOf<Exclude<Prerequisite, PermissionKey>>().toBeNever();
    expectTypeOf<Exclude<(typeof MODULE_REFERENCE)[ModuleKey]['access'], PermissionKey>>().toBeNever();

    const model = createAccessModel([]);
    const user = { id: 'u', roleId: null, direct: [] };
    // @ts-expect-error a misspelt key is rejected by the compiler
    expect(model.can(user, 'users.raed')).toBe(false);
  });
});

describe('system roles', () => {
  const roles = SYSTEM_ROLE_KEYS.map((key) => ({
    id: key,
    name: SYSTEM_ROLES[key].name,
    parentIds: SYSTEM_ROLES[key].parents,
    permissions: SYSTEM_ROLES[key].permissions,
  }));
  const model = createAccessModel(roles);
  const userOn = (roleId: string) => ({ id: roleId, roleId, direct: [] });

  it('ship the roles the seed expects, with unique names', () => {
    expect(roles.map((r) => r.name)).toEqual([
      'Administrator', 'User Manager', 'Auditor', 'Planner Scheduler', 'Buyer', 'Senior Buyer', 'Worker',
    ]);
  });

  it('have every permission active: no system role ships a greyed-out permission', () => {
    for (const role of roles) {
      const inactive = effectivePermissions(model, userOn(role.id)).filter((p) => p.state === 'inactive');
      expect(inactive, role.name).toEqual([]);
    }
  });

  it('give the Administrator everything and the Worker nothing in admin', () => {
    for (const key of PERMISSION_KEYS) expect(model.can(userOn('administrator'), key)).toBe(true);
    expect(effectivePermissions(model, userOn('worker'))).toEqual([]);
  });

  it('make Senior Buyer a Buyer who also approves', () => {
    expect(SYSTEM_ROLES.seniorBuyer.parents).toEqual(['buyer']);
    expect(model.can(userOn('seniorBuyer'), 'purchasing.orders.create')).toBe(true);
    expect(model.can(userOn('seniorBuyer'), 'purchasing.orders.approve')).toBe(true);
    expect(model.can(userOn('buyer'), 'purchasing.orders.approve')).toBe(false);
  });
});
