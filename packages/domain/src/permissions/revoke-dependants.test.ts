import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAccessModel, type UserGrant } from './access-model.js';
import type { ChangeTarget } from './change-target.js';
import { planRevoke } from './plan-revoke.js';
import type { PermissionKey } from './reference.js';
import { revokeDependants } from './revoke-dependants.js';
import type { RoleNode } from './role-graph.js';
import { dagWithUsersArb } from './__tests__/arbitraries.js';
import { roles, tom } from './__tests__/fixtures.js';

/** Holds Reveal secrets without its prerequisites: its users get those directly. */
const keyholder: RoleNode = { id: 'keyholder', name: 'Keyholder', parentIds: [], permissions: ['vault.secrets.reveal'] };
/** Owns the prerequisites and inherits the dependant, so a cascade cannot reach it. */
const deputy: RoleNode = { id: 'deputy', name: 'Deputy', parentIds: ['keyholder'], permissions: ['vault.access', 'vault.secrets.read'] };
const model = createAccessModel([...roles, keyholder, deputy]);

describe('revokeDependants', () => {
  it("lists a role's own dependants as inactive and cascadable", () => {
    expect(revokeDependants(model, { kind: 'role', roleId: 'buyer' }, 'purchasing.access')).toEqual({
      inactive: ['purchasing.orders.read', 'purchasing.orders.create'],
      cascadable: ['purchasing.orders.read', 'purchasing.orders.create'],
      inactiveAfterCascade: [],
    });
  });

  it('keeps an inherited dependant out of the cascade: it stays, inactive, either way', () => {
    expect(revokeDependants(model, { kind: 'role', roleId: 'deputy' }, 'vault.secrets.read')).toEqual({
      inactive: ['vault.secrets.reveal'],
      cascadable: [],
      inactiveAfterCascade: ['vault.secrets.reveal'],
    });
    // Revoking the root: the own middle link cascades, the inherited leaf cannot.
    expect(revokeDependants(model, { kind: 'role', roleId: 'deputy' }, 'vault.access')).toEqual({
      inactive: ['vault.secrets.read', 'vault.secrets.reveal'],
      cascadable: ['vault.secrets.read'],
      inactiveAfterCascade: ['vault.secrets.reveal'],
    });
  });

  it("plans a user's direct grant: direct dependants cascade, the role's stay inactive", () => {
    expect(revokeDependants(model, { kind: 'user', user: tom }, 'vault.access')).toEqual({
      inactive: ['vault.secrets.read'],
      cascadable: ['vault.secrets.read'],
      inactiveAfterCascade: [],
    });
    const onKeyholder: UserGrant = { id: 'u-kim', roleId: 'keyholder', direct: ['vault.access', 'vault.secrets.read'] };
    expect(revokeDependants(model, { kind: 'user', user: onKeyholder }, 'vault.secrets.read')).toEqual({
      inactive: ['vault.secrets.reveal'],
      cascadable: [],
      inactiveAfterCascade: ['vault.secrets.reveal'],
    });
  });

  it('cascades a direct dependant the role grants too, and says it stays inactive through the role', () => {
    const both: UserGrant = { id: 'u-bo', roleId: 'keyholder', direct: ['vault.access', 'vault.secrets.read', 'vault.secrets.reveal'] };
    expect(revokeDependants(model, { kind: 'user', user: both }, 'vault.secrets.read')).toEqual({
      inactive: ['vault.secrets.reveal'],
      cascadable: ['vault.secrets.reveal'],
      inactiveAfterCascade: ['vault.secrets.reveal'],
    });
  });

  it('has nothing to ask when nothing held depends on the key, or the key stays held', () => {
    const none = { inactive: [], cascadable: [], inactiveAfterCascade: [] };
    expect(revokeDependants(model, { kind: 'role', roleId: 'buyer' }, 'purchasing.orders.create')).toEqual(none);
    // Senior Buyer inherits Purchasing access from Buyer: revoking it there removes nothing.
    expect(revokeDependants(model, { kind: 'role', roleId: 'senior' }, 'purchasing.access')).toEqual(none);
    // Tom's direct Approve needs Read purchase orders, which his role keeps granting.
    expect(revokeDependants(model, { kind: 'user', user: tom }, 'purchasing.orders.approve')).toEqual(none);
  });

  it('on random role DAGs, keeps its promise: what the cascade leaves is exactly what stays held and inactive', () => {
    fc.assert(
      fc.property(
        dagWithUsersArb.chain(([dag, users]) =>
          fc.tuple(
            fc.constant(dag),
            fc.constantFrom<ChangeTarget>(...dag.map((r) => ({ kind: 'role' as const, roleId: r.id })), ...users.map((user) => ({ kind: 'user' as const, user }))),
          ),
        ),
        ([dag, target]) => {
          const random = createAccessModel(dag);
          const own = target.kind === 'role' ? (dag.find((r) => r.id === target.roleId)?.permissions ?? []) : target.user.direct;
          for (const key of own as PermissionKey[]) {
            const { inactive, cascadable, inactiveAfterCascade } = revokeDependants(random, target, key);
            expect(inactive.filter((k) => cascadable.includes(k))).toEqual(cascadable);
            expect(inactive.filter((k) => inactiveAfterCascade.includes(k))).toEqual(inactiveAfterCascade);
            // What the cascade cannot revoke stays, inactive.
            for (const k of inactive) if (!cascadable.includes(k)) expect(inactiveAfterCascade).toContain(k);
            // A cascaded key listed as staying is still held from another source after the cascade.
            const removed = new Set<string>(planRevoke(random, target, key, { cascade: true }).revoke);
            const after =
              target.kind === 'role'
                ? createAccessModel(dag.map((r) => (r.id === target.roleId ? { ...r, permissions: r.permissions.filter((p) => !removed.has(p)) } : r)))
                : random;
            const afterGranted = new Set<string>(
              random.catalogue.keysOf(
                target.kind === 'role'
                  ? after.roleGrantedBits(target.roleId)
                  : after.userGrantedBits({ ...target.user, direct: target.user.direct.filter((p) => !removed.has(p)) }),
              ),
            );
            for (const k of cascadable) expect(afterGranted.has(k)).toBe(inactiveAfterCascade.includes(k));
          }
        },
      ),
    );
  });
});
