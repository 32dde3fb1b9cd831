import fc from 'fast-check';
import type { UserGrant } from '../access-model.js';
import { PERMISSION_KEYS, type PermissionKey } from '../reference.js';
import type { RoleNode } from '../role-graph.js';

export const keyArb: fc.Arbitrary<PermissionKey> = fc.constantFrom(...PERMISSION_KEYS);
export const keysArb = (maxLength = 12): fc.Arbitrary<PermissionKey[]> => fc.uniqueArray(keyArb, { maxLength });

/**
 * Random role DAGs: role i only inherits from roles before it, so every generated graph is
 * acyclic; ids are shuffled so that order in the list carries no meaning.
 */
export const dagArb: fc.Arbitrary<RoleNode[]> = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc
    .tuple(
      fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({
            parents: i === 0 ? fc.constant<number[]>([]) : fc.uniqueArray(fc.nat(i - 1), { maxLength: 3 }),
            permissions: keysArb(),
          }),
        ),
      ),
      fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
    )
    .map(([specs, ids]) =>
      specs.map((s, i) => ({
        id: `r${ids[i] ?? i}`,
        name: `Role ${ids[i] ?? i}`,
        parentIds: s.parents.map((p) => `r${ids[p] ?? p}`),
        permissions: s.permissions,
      })),
    ),
);

export const userArb = (roles: readonly RoleNode[]): fc.Arbitrary<UserGrant> =>
  fc.record({
    id: fc.constant('u1'),
    roleId: fc.option(fc.constantFrom(...roles.map((r) => r.id)), { nil: null, freq: 8 }),
    direct: keysArb(6),
  });

export const dagWithUsersArb = dagArb.chain((roles) =>
  fc.tuple(
    fc.constant(roles),
    fc.array(userArb(roles), { minLength: 1, maxLength: 5 }).map((us) => us.map((u, i) => ({ ...u, id: `u${i}` }))),
  ),
);
