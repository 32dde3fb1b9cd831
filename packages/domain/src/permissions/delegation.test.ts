import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccessModel, type UserGrant } from './access-model.js';
import { checkActOnUser, checkRoleChange, checkUserChange, checkUserGrant, keysBeyondReach } from './delegation.js';
import { PERMISSION_KEYS, type PermissionKey } from './reference.js';
import type { RoleNode } from './role-graph.js';
import { SYSTEM_ROLES } from './system-roles.js';
import { dagArb, keyArb } from './__tests__/arbitraries.js';
import { naiveUserActive } from './__tests__/naive.js';

const administrator: RoleNode = { id: 'admin', name: 'Administrator', parentIds: [], permissions: [...PERMISSION_KEYS] };
const userManager: RoleNode = { id: 'um', name: 'User Manager', parentIds: [], permissions: [...SYSTEM_ROLES.userManager.permissions] };
const buyer: RoleNode = { id: 'buyer', name: 'Buyer', parentIds: [], permissions: [...SYSTEM_ROLES.buyer.permissions] };
const worker: RoleNode = { id: 'worker', name: 'Worker', parentIds: [], permissions: [] };
const roles = [administrator, userManager, buyer, worker];
const model = createAccessModel(roles);
const manager: UserGrant = { id: 'manager', roleId: 'um', direct: [] };
const admin: UserGrant = { id: 'admin-user', roleId: 'admin', direct: [] };
const clerk: UserGrant = { id: 'clerk', roleId: 'worker', direct: [] };

const isSubsetOf = (sub: ReadonlySet<string>, sup: ReadonlySet<string>) => [...sub].every((key) => sup.has(key));

describe('the delegation rule on the shipped roles', () => {
  it('lets a User Manager act on a worker and on themselves, not on an Administrator', () => {
    expect(checkActOnUser(model, manager, clerk)).toEqual({ ok: true });
    expect(checkActOnUser(model, manager, manager)).toEqual({ ok: true });
    const refused = checkActOnUser(model, manager, admin);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.code).toBe('PRIVILEGE_ESCALATION');
      expect(refused.missing).toContain('roles.manage');
      expect(refused.missing).not.toContain('users.read');
    }
  });

  it('refuses a User Manager moving themselves, or anyone, to the Administrator role', () => {
    const self = checkUserChange(model, manager, manager, { ...manager, roleId: 'admin' }, 'Moving');
    expect(self.ok).toBe(false);
    expect(checkUserChange(model, manager, clerk, { ...clerk, roleId: 'admin' }, 'Moving').ok).toBe(false);
    expect(checkUserChange(model, manager, null, { id: 'new', roleId: 'admin', direct: [] }, 'Creating').ok).toBe(false);
    expect(checkUserChange(model, manager, clerk, { ...clerk, roleId: 'um' }, 'Moving')).toEqual({ ok: true });
  });

  it('refuses a role the caller does not hold all of, even a harmless one', () => {
    const refused = checkUserChange(model, manager, clerk, { ...clerk, roleId: 'buyer' }, 'Moving');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.missing).toEqual(SYSTEM_ROLES.buyer.permissions);
  });

  it('refuses granting a permission the caller lacks, to themselves or anyone, and names it', () => {
    const refused = checkUserGrant(model, manager, manager, ['roles.access', 'roles.read', 'roles.manage']);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.missing).toEqual(['roles.manage']);
    expect(checkUserGrant(model, manager, clerk, ['users.access', 'users.read'])).toEqual({ ok: true });
  });

  it('counts a granted key the target cannot use yet: it would wake once its prerequisite comes', () => {
    const refused = checkUserGrant(model, manager, clerk, ['roles.manage']);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.missing).toEqual(['roles.manage']);
  });

  it('refuses granting a prerequisite that wakes a dormant permission the caller lacks', () => {
    const dormant: UserGrant = { id: 'dormant', roleId: 'worker', direct: ['roles.manage'] };
    // Inactive, the key gives nothing yet, so the manager may act on this user.
    expect(checkActOnUser(model, manager, dormant)).toEqual({ ok: true });
    const refused = checkUserGrant(model, manager, dormant, ['roles.access', 'roles.read']);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.missing).toEqual(['roles.manage']);
  });

  it('refuses making a role inherit more than the caller holds, and allows a revoke', () => {
    const roleManager: UserGrant = { id: 'rm', roleId: 'um', direct: ['roles.manage'] };
    const inheritsAdmin = createAccessModel(roles.map((r) => (r.id === 'um' ? { ...r, parentIds: ['admin'] } : r)));
    const refused = checkRoleChange(model, inheritsAdmin, roleManager, [roleManager]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.missing).toContain('vault.secrets.reveal');
    const revoked = createAccessModel(roles.map((r) => (r.id === 'admin' ? { ...r, permissions: ['users.access'] } : r)));
    expect(checkRoleChange(model, revoked, roleManager, [roleManager])).toEqual({ ok: true });
  });

  it('refuses granting a role a key the caller lacks', () => {
    const roleManager: UserGrant = { id: 'rm', roleId: 'um', direct: ['roles.manage'] };
    const after = createAccessModel(roles.map((r) => (r.id === 'worker' ? { ...r, permissions: ['audit.access'] } : r)));
    const refused = checkRoleChange(model, after, roleManager, [], ['audit.access']);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.missing).toEqual(['audit.access']);
  });

  it('compares plain key lists in catalogue order', () => {
    expect(keysBeyondReach(['users.access', 'users.read'], ['users.read', 'roles.manage', 'audit.read', 'unknown.key'])).toEqual([
      'roles.manage',
      'audit.read',
    ]);
  });
});

/** A caller with a random half of the catalogue, and subjects drawn mostly from what the caller holds, so both verdicts occur. */
const callerKeysArb = fc.subarray([...PERMISSION_KEYS]);
const aroundArb = (keys: readonly PermissionKey[]) =>
  fc.tuple(fc.subarray([...keys]), fc.uniqueArray(keyArb, { maxLength: 2 })).map(([some, extra]) => [...some, ...extra]);

const scenarioArb = fc.tuple(dagArb, callerKeysArb).chain(([dag, callerKeys]) => {
  const roleIds = dag.map((r) => r.id);
  return fc.record({
    roles: fc.constant(dag),
    callerKeys: fc.constant(callerKeys),
    callerRole: fc.option(fc.constantFrom(...roleIds), { nil: null }),
    target: fc.record({ roleId: fc.option(fc.constantFrom(...roleIds), { nil: null }), direct: aroundArb(callerKeys) }),
    newRole: fc.option(fc.constantFrom(...roleIds), { nil: null }),
    grant: aroundArb(callerKeys),
  });
});

describe('properties of the delegation rule', () => {
  it('any role assignment it allows leaves the caller holding everything the target then holds', () => {
    fc.assert(
      fc.property(scenarioArb, ({ roles: dag, callerKeys, callerRole, target: t, newRole }) => {
        const m = createAccessModel(dag);
        const caller: UserGrant = { id: 'caller', roleId: callerRole, direct: callerKeys };
        const target: UserGrant = { id: 'target', ...t };
        const after: UserGrant = { ...target, roleId: newRole };
        const held = naiveUserActive(dag, caller);
        const allowed = checkUserChange(m, caller, target, after, 'Assigning').ok;
        const expected = isSubsetOf(naiveUserActive(dag, target), held) && isSubsetOf(naiveUserActive(dag, after), held);
        expect(allowed).toBe(expected);
        if (allowed) expect(isSubsetOf(naiveUserActive(dag, after), held)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('acting on a user is allowed exactly when the target holds nothing the caller lacks, and the refusal names the gap', () => {
    fc.assert(
      fc.property(scenarioArb, ({ roles: dag, callerKeys, callerRole, target: t }) => {
        const m = createAccessModel(dag);
        const caller: UserGrant = { id: 'caller', roleId: callerRole, direct: callerKeys };
        const target: UserGrant = { id: 'target', ...t };
        const held = naiveUserActive(dag, caller);
        const gap = [...naiveUserActive(dag, target)].filter((key) => !held.has(key));
        const check = checkActOnUser(m, caller, target);
        expect(check.ok).toBe(gap.length === 0);
        if (!check.ok) expect(new Set(check.missing)).toEqual(new Set(gap));
      }),
      { numRuns: 400 },
    );
  });

  it('any direct grant it allows gives only keys the caller holds and leaves the target within the caller', () => {
    fc.assert(
      fc.property(scenarioArb, ({ roles: dag, callerKeys, callerRole, target: t, grant }) => {
        const m = createAccessModel(dag);
        const caller: UserGrant = { id: 'caller', roleId: callerRole, direct: callerKeys };
        const target: UserGrant = { id: 'target', ...t };
        const after: UserGrant = { ...target, direct: [...target.direct, ...grant] };
        const held = naiveUserActive(dag, caller);
        const allowed = checkUserGrant(m, caller, target, grant).ok;
        const expected =
          grant.every((key) => held.has(key)) &&
          isSubsetOf(naiveUserActive(dag, target), held) &&
          isSubsetOf(naiveUserActive(dag, after), held);
        expect(allowed).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('any role edit it allows gives no role and no user an active permission the caller lacks, the caller included', () => {
    const editArb = scenarioArb.chain((s) =>
      fc.record({
        s: fc.constant(s),
        roleIndex: fc.nat(s.roles.length - 1),
        addKeys: aroundArb(s.callerKeys),
        addParent: fc.option(fc.nat(s.roles.length - 1), { nil: null }),
      }),
    );
    fc.assert(
      fc.property(editArb, ({ s, roleIndex, addKeys, addParent }) => {
        const dag = s.roles;
        const edited = dag[roleIndex]!;
        const ancestorsOf = (id: string, seen = new Set<string>()): Set<string> => {
          for (const p of dag.find((r) => r.id === id)?.parentIds ?? []) if (!seen.has(p)) ancestorsOf(p, seen.add(p));
          return seen;
        };
        // A parent that would close a cycle is refused by checkRoleParents before this rule runs.
        const parent = addParent === null ? null : dag[addParent]!;
        const parentOk = parent && parent.id !== edited.id && !ancestorsOf(parent.id).has(edited.id);
        const after = dag.map((r) =>
          r.id === edited.id
            ? { ...r, permissions: [...r.permissions, ...addKeys], parentIds: parentOk ? [...r.parentIds, parent.id] : r.parentIds }
            : r,
        );
        const caller: UserGrant = { id: 'caller', roleId: s.callerRole, direct: s.callerKeys };
        const other: UserGrant = { id: 'target', ...s.target };
        const held = naiveUserActive(dag, caller);
        const check = checkRoleChange(createAccessModel(dag), createAccessModel(after), caller, [caller, other], addKeys);
        if (!check.ok) return;
        expect(addKeys.every((key) => held.has(key))).toBe(true);
        for (const subject of [caller, other, ...dag.map((r) => ({ id: r.id, roleId: r.id, direct: [] }))]) {
          const was = naiveUserActive(dag, subject);
          const gained = [...naiveUserActive(after, subject)].filter((key) => !was.has(key));
          expect(gained.filter((key) => !held.has(key))).toEqual([]);
        }
        expect(isSubsetOf(naiveUserActive(after, caller), held)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keysBeyondReach is the set difference of the catalogued keys', () => {
    fc.assert(
      fc.property(fc.subarray([...PERMISSION_KEYS]), fc.subarray([...PERMISSION_KEYS]), (held, wanted) => {
        expect(new Set(keysBeyondReach(held, wanted))).toEqual(new Set(wanted.filter((key) => !held.includes(key))));
      }),
    );
  });
});
