import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccessModel, type UserGrant } from './access-model.js';
import { isSubset } from './bitset.js';
import { effectivePermissions } from './effective-permissions.js';
import { planGrant } from './plan-grant.js';
import { planRevoke } from './plan-revoke.js';
import { PERMISSION_KEYS } from './reference.js';
import { RoleGraph, type RoleNode } from './role-graph.js';
import { checkRoleParents } from './role-parents.js';
import type { ChangeTarget } from './change-target.js';
import { dagArb, dagWithUsersArb, keysArb } from './__tests__/arbitraries.js';
import { naiveAncestors, naiveRequires, naiveRoleGranted, naiveUserActive } from './__tests__/naive.js';

const withOwn = (roles: readonly RoleNode[], roleId: string, update: (keys: readonly string[]) => string[]) =>
  roles.map((r) => (r.id === roleId ? { ...r, permissions: update(r.permissions) } : r));

const targetArb = (roles: readonly RoleNode[], users: readonly UserGrant[]): fc.Arbitrary<ChangeTarget> =>
  fc.oneof(
    fc.constantFrom(...roles.map((r) => ({ kind: 'role' as const, roleId: r.id }))),
    fc.constantFrom(...users.map((user) => ({ kind: 'user' as const, user }))),
  );

/** Active keys of a target in a model rebuilt from `roles`. */
function activeKeys(roles: readonly RoleNode[], target: ChangeTarget): Set<string> {
  const model = createAccessModel(roles);
  const bits = target.kind === 'role' ? model.roleActiveBits(target.roleId) : model.userActiveBits(target.user);
  return new Set(model.catalogue.keysOf(bits));
}

function grantedKeys(roles: readonly RoleNode[], target: ChangeTarget): Set<string> {
  const model = createAccessModel(roles);
  const bits = target.kind === 'role' ? model.roleGrantedBits(target.roleId) : model.userGrantedBits(target.user);
  return new Set(model.catalogue.keysOf(bits));
}

describe('properties on random role DAGs', () => {
  it('bitset can() equals a naive string-set implementation', () => {
    fc.assert(
      fc.property(dagWithUsersArb, ([roles, users]) => {
        const model = createAccessModel(roles);
        for (const user of users) {
          const expected = naiveUserActive(roles, user);
          for (const key of PERMISSION_KEYS) expect(model.can(user, key)).toBe(expected.has(key));
        }
      }),
    );
  });

  it('inheritance is transitive: a role holds everything every ancestor holds, with an inherited source', () => {
    fc.assert(
      fc.property(dagArb, (roles) => {
        const model = createAccessModel(roles);
        for (const role of roles) {
          const ancestors = naiveAncestors(roles, role.id);
          expect(new Set(model.graph.ancestors(role.id).map((a) => a.role.id))).toEqual(ancestors);
          for (const ancestorId of ancestors) {
            expect(isSubset(model.roleGrantedBits(ancestorId), model.roleGrantedBits(role.id))).toBe(true);
          }
          const effective = effectivePermissions(model, { id: 'u', roleId: role.id, direct: [] });
          for (const ancestorId of ancestors) {
            const ancestor = roles.find((r) => r.id === ancestorId);
            for (const key of ancestor?.permissions ?? []) {
              const sources = effective.find((p) => p.key === key)?.sources ?? [];
              const source = sources.find((s) => s.kind === 'inherited' && s.roleId === ancestorId);
              expect(source).toBeDefined();
              if (source?.kind === 'inherited') {
                expect(source.path[0]).toBe(role.name);
                expect(source.path[source.path.length - 1]).toBe(ancestor?.name);
              }
            }
          }
        }
      }),
    );
  });

  it('granting the planned set leaves every requested permission active and nothing newly inactive', () => {
    fc.assert(
      fc.property(
        dagWithUsersArb.chain(([roles, users]) => fc.tuple(fc.constant(roles), targetArb(roles, users), keysArb(4))),
        ([roles, target, keys]) => {
          const model = createAccessModel(roles);
          const plan = planGrant(model, target, keys, { withPrerequisites: true });
          expect(plan.ok).toBe(true);
          if (!plan.ok) return;

          const after =
            target.kind === 'role'
              ? { roles: withOwn(roles, target.roleId, (own) => [...own, ...plan.grant]), target }
              : { roles, target: { ...target, user: { ...target.user, direct: [...target.user.direct, ...plan.grant] } } };
          const activeAfter = activeKeys(after.roles, after.target);
          for (const key of [...keys, ...plan.grant]) expect(activeAfter.has(key)).toBe(true);

          const inactiveBefore = difference(grantedKeys(roles, target), activeKeys(roles, target));
          const inactiveAfter = difference(grantedKeys(after.roles, after.target), activeAfter);
          for (const key of inactiveAfter) expect(inactiveBefore.has(key)).toBe(true);

          const strict = planGrant(model, target, keys);
          expect(strict.ok).toBe(plan.prerequisites.length === 0);
        },
      ),
    );
  });

  it('a cascading revoke leaves none of the target’s own permissions newly inactive, and the report matches', () => {
    fc.assert(
      fc.property(
        dagWithUsersArb.chain(([roles, users]) =>
          fc.tuple(fc.constant(roles), fc.constant(users), targetArb(roles, users), fc.boolean()),
        ),
        ([roles, users, target, cascade]) => {
          const model = createAccessModel(roles);
          const own =
            target.kind === 'role' ? (roles.find((r) => r.id === target.roleId)?.permissions ?? []) : target.user.direct;
          const keys = own.filter((_, i) => i % 2 === 0) as (typeof PERMISSION_KEYS)[number][];
          const plan = planRevoke(model, target, keys, { cascade, users });
          const removed = new Set<string>(plan.revoke);

          const afterRoles = target.kind === 'role' ? withOwn(roles, target.roleId, (o) => o.filter((k) => !removed.has(k))) : roles;
          const afterUser = (u: UserGrant): UserGrant =>
            target.kind === 'user' && u.id === target.user.id ? { ...u, direct: u.direct.filter((k) => !removed.has(k)) } : u;

          if (cascade) {
            const afterTarget: ChangeTarget =
              target.kind === 'role' ? target : { kind: 'user', user: afterUser(target.user) };
            const before = activeKeys(roles, target);
            const after = activeKeys(afterRoles, afterTarget);
            for (const key of own) {
              if (before.has(key) && !removed.has(key)) expect(after.has(key)).toBe(true);
            }
          }

          // The reported impact equals a naive before/after diff for every affected user.
          const affected = target.kind === 'user' ? [target.user] : users;
          for (const user of affected) {
            const before = naiveUserActive(roles, user);
            const next = afterUser(user);
            const after = naiveUserActive(afterRoles, next);
            const stillGranted = naiveRoleGranted(afterRoles, next.roleId);
            for (const d of next.direct) stillGranted.add(d);
            const expected = [...before].filter((k) => stillGranted.has(k) && !after.has(k));
            const reported = plan.becomeInactive.users.find((u) => u.userId === user.id)?.inactive ?? [];
            expect(new Set(reported)).toEqual(new Set(expected));
          }
        },
      ),
    );
  });

  it('revoking never leaves, for any role or user, an active permission whose prerequisite is inactive', () => {
    fc.assert(
      fc.property(
        dagWithUsersArb.chain(([roles, users]) =>
          fc.tuple(fc.constant(roles), fc.constant(users), targetArb(roles, users), fc.boolean(), fc.integer({ min: 1, max: 3 })),
        ),
        ([roles, users, target, cascade, stride]) => {
          const model = createAccessModel(roles);
          const own =
            target.kind === 'role' ? (roles.find((r) => r.id === target.roleId)?.permissions ?? []) : target.user.direct;
          const keys = own.filter((_, i) => i % stride === 0) as (typeof PERMISSION_KEYS)[number][];
          const removed = new Set<string>(planRevoke(model, target, keys, { cascade, users }).revoke);
          const afterRoles = target.kind === 'role' ? withOwn(roles, target.roleId, (o) => o.filter((k) => !removed.has(k))) : roles;
          const afterUsers = users.map((u) =>
            target.kind === 'user' && u.id === target.user.id ? { ...u, direct: u.direct.filter((k) => !removed.has(k)) } : u,
          );
          const after = createAccessModel(afterRoles);
          const holders: ChangeTarget[] = [
            ...afterRoles.map((r) => ({ kind: 'role' as const, roleId: r.id })),
            ...afterUsers.map((user) => ({ kind: 'user' as const, user })),
          ];
          for (const holder of holders) {
            const bits = holder.kind === 'role' ? after.roleActiveBits(holder.roleId) : after.userActiveBits(holder.user);
            const active = new Set<string>(after.catalogue.keysOf(bits));
            for (const key of active) {
              for (const prerequisite of naiveRequires(key)) expect(active.has(prerequisite), `${key} needs ${prerequisite}`).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('direct permissions survive any role change', () => {
    fc.assert(
      fc.property(
        dagWithUsersArb.chain(([roles, users]) =>
          fc.tuple(fc.constant(roles), fc.constantFrom(...users), fc.constantFrom(null, ...roles.map((r) => r.id))),
        ),
        ([roles, user, newRoleId]) => {
          const model = createAccessModel(roles);
          const moved = effectivePermissions(model, { ...user, roleId: newRoleId });
          for (const key of user.direct) {
            expect(moved.find((p) => p.key === key)?.sources).toContainEqual({ kind: 'direct' });
          }
        },
      ),
    );
  });

  it('no cycle is ever accepted, and every rejected cycle is real', () => {
    const proposalArb = fc.array(
      fc.record({ role: fc.nat(7), parents: fc.uniqueArray(fc.nat(7), { maxLength: 3 }) }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(proposalArb, (proposals) => {
        let roles: RoleNode[] = Array.from({ length: 8 }, (_, i) => ({
          id: `r${i}`,
          name: `Role ${i}`,
          parentIds: [],
          permissions: [],
        }));
        for (const { role, parents } of proposals) {
          const roleId = `r${role}`;
          const parentIds = parents.map((p) => `r${p}`);
          const result = checkRoleParents(new RoleGraph(roles), roleId, parentIds);
          if (result.ok) {
            roles = roles.map((r) => (r.id === roleId ? { ...r, parentIds: result.parentIds } : r));
          } else if (result.error.code === 'ROLE_CYCLE') {
            // Each step "A -> B" must be an existing parent link or one of the proposed ones.
            const byName = new Map(roles.map((r) => [r.name, r]));
            const { cycle } = result.error;
            expect(cycle[0]).toBe(cycle[cycle.length - 1]);
            for (let i = 0; i + 1 < cycle.length; i++) {
              const from = byName.get(cycle[i] ?? '');
              const to = byName.get(cycle[i + 1] ?? '');
              const links = from?.id === roleId ? parentIds : (from?.parentIds ?? []);
              expect(links).toContain(to?.id);
            }
          }
          expect(isAcyclic(roles)).toBe(true);
        }
      }),
    );
  });
});

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((k) => !b.has(k)));
}

/** Kahn's algorithm, independent of RoleGraph.findCycle. */
function isAcyclic(roles: readonly RoleNode[]): boolean {
  const pending = new Map(roles.map((r) => [r.id, r.parentIds.length]));
  const ready = roles.filter((r) => r.parentIds.length === 0).map((r) => r.id);
  let done = 0;
  while (ready.length > 0) {
    const id = ready.pop() as string;
    done++;
    for (const child of roles.filter((r) => r.parentIds.includes(id))) {
      const left = (pending.get(child.id) ?? 0) - 1;
      pending.set(child.id, left);
      if (left === 0) ready.push(child.id);
    }
  }
  return done === roles.length;
}

