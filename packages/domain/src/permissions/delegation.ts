import { type Bitset, emptyBits, orInto } from './bitset.js';
import type { AccessModel, UserGrant } from './access-model.js';
import { CATALOGUE, type PermissionKey } from './reference.js';

/**
 * The rule against privilege escalation that Keycloak, Zitadel and AWS IAM enforce: a caller
 * hands out only what they hold themselves, and acts only on people no more powerful than they
 * are. "Holds" means active: a granted permission whose prerequisites are missing gives nothing.
 */
export type DelegationCheck<K extends string> =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: 'PRIVILEGE_ESCALATION';
      /** What the caller would need for the change to be allowed, in catalogue order. */
      readonly missing: readonly K[];
      readonly message: string;
    };

const ALLOWED = { ok: true } as const;

/** Bits of `wanted` that `held` lacks. */
function beyond(held: Bitset, wanted: Bitset): Bitset {
  const gap = emptyBits(wanted.length);
  for (let w = 0; w < wanted.length; w++) gap[w] = (wanted[w] ?? 0) & ~(held[w] ?? 0);
  return gap;
}

function verdict<K extends string>(model: AccessModel<K, string>, gap: Bitset, what: string): DelegationCheck<K> {
  const missing = model.catalogue.keysOf(gap);
  if (missing.length === 0) return ALLOWED;
  return { ok: false, code: 'PRIVILEGE_ESCALATION', missing, message: `${what} needs permissions you do not have: ${missing.join(', ')}` };
}

/** Whether the caller may act on `target` (edit, reset, end sessions, issue tokens...): the target holds nothing the caller lacks. */
export function checkActOnUser<K extends string>(model: AccessModel<K, string>, caller: UserGrant, target: UserGrant): DelegationCheck<K> {
  return verdict(model, beyond(model.userActiveBits(caller), model.userActiveBits(target)), 'Acting on this user');
}

/** What the caller lacks of the target as it is (when it exists) and of the target after the change. */
function userChangeGap(model: AccessModel<string, string>, held: Bitset, target: UserGrant | null, after: UserGrant): Bitset {
  const gap = beyond(held, model.userActiveBits(after));
  if (target) orInto(gap, beyond(held, model.userActiveBits(target)));
  return gap;
}

/**
 * Whether the caller may put `target` into the state `after` (a new role, a new account): they
 * must be able to act on the target as it is, and the result may hold nothing the caller lacks.
 * `target` is null for an account that does not exist yet.
 */
export function checkUserChange<K extends string>(
  model: AccessModel<K, string>,
  caller: UserGrant,
  target: UserGrant | null,
  after: UserGrant,
  what: string,
): DelegationCheck<K> {
  return verdict(model, userChangeGap(model, model.userActiveBits(caller), target, after), what);
}

/** Granting `keys` directly to `target`: each key must be the caller's, even one that stays inactive there. */
export function checkUserGrant<K extends string>(
  model: AccessModel<K, string>,
  caller: UserGrant,
  target: UserGrant,
  keys: readonly K[],
): DelegationCheck<K> {
  const held = model.userActiveBits(caller);
  const gap = userChangeGap(model, held, target, { ...target, direct: [...target.direct, ...keys] });
  orInto(gap, beyond(held, model.catalogue.bitsOf(keys)));
  return verdict(model, gap, 'Granting these permissions');
}

/**
 * A change to roles (own permissions or parents), compared as the models before and after it:
 * the caller must hold every key granted, and nobody (no role, no user with direct permissions)
 * may gain an active permission the caller lacks. Revokes never fail this check: taking away
 * cannot make anything active.
 */
export function checkRoleChange<K extends string>(
  before: AccessModel<K, string>,
  after: AccessModel<K, string>,
  caller: UserGrant,
  users: readonly UserGrant[],
  grantedKeys: readonly K[] = [],
): DelegationCheck<K> {
  const held = before.userActiveBits(caller);
  const gap = beyond(held, before.catalogue.bitsOf(grantedKeys));
  const gained = (was: Bitset, now: Bitset) => orInto(gap, beyond(held, beyond(was, now)));
  for (const role of after.graph.roles) gained(before.roleActiveBits(role.id), after.roleActiveBits(role.id));
  for (const user of users) if (user.direct.length > 0) gained(before.userActiveBits(user), after.userActiveBits(user));
  return verdict(before, gap, 'This role change');
}

/**
 * The same rule on plain key lists, for a client that has the caller's active permissions and the
 * subject's (a user's effective permissions, a role's, the keys of a grant) but no model.
 */
export function keysBeyondReach(callerActive: Iterable<string>, subject: Iterable<string>): PermissionKey[] {
  return CATALOGUE.keysOf(beyond(CATALOGUE.bitsOf(callerActive), CATALOGUE.bitsOf(subject)));
}
