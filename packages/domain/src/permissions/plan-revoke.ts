import { type Bitset, emptyBits, hasBit, setBit } from './bitset.js';
import { AccessModel, type UserGrant } from './access-model.js';
import { type ChangeTarget, targetOwnKeys } from './change-target.js';
import { RoleGraph } from './role-graph.js';

export interface RevokeOptions {
  /** Also revoke the target's own permissions that would otherwise become inactive. */
  readonly cascade?: boolean;
  /** For a role target: the tenant's users, so the impact on users of the role and its descendants is reported. */
  readonly users?: readonly UserGrant[];
}

export interface RoleImpact<K extends string> {
  readonly roleId: string;
  readonly roleName: string;
  /** Permissions still held but greyed out after the change. */
  readonly inactive: readonly K[];
}

export interface UserImpact<K extends string> {
  readonly userId: string;
  readonly inactive: readonly K[];
}

export interface RevokePlan<K extends string> {
  /** Keys to remove from the target's own (role) or direct (user) set, in catalogue order. */
  readonly revoke: readonly K[];
  /** The part of `revoke` added by the cascade. */
  readonly cascaded: readonly K[];
  /** Requested keys the target does not own (for a role: perhaps inherited); nothing to remove. */
  readonly notOwned: readonly K[];
  /** Active permissions that would become inactive, after `revoke` is applied. */
  readonly becomeInactive: {
    readonly roles: readonly RoleImpact<K>[];
    readonly users: readonly UserImpact<K>[];
  };
}

/**
 * Plans revoking `keys` from a role or a user. Reports which permissions would turn inactive
 * for the target and, for a role, every role and user inheriting from it; with `cascade`, the
 * target's own dependants are revoked too instead of being left greyed out.
 */
export function planRevoke<K extends string, M extends string>(
  model: AccessModel<K, M>,
  target: ChangeTarget,
  keys: K | readonly K[],
  options: RevokeOptions = {},
): RevokePlan<K> {
  const { catalogue } = model;
  const requested = typeof keys === 'string' ? [keys] : [...keys];
  const own = catalogue.bitsOf(targetOwnKeys(model, target));
  const revoke = emptyBits(catalogue.words);
  const notOwned: K[] = [];
  for (const key of requested) {
    const id = catalogue.id(key);
    if (hasBit(own, id)) setBit(revoke, id);
    else notOwned.push(key);
  }

  const cascaded = emptyBits(catalogue.words);
  if (options.cascade) {
    const before = targetActive(model, target);
    const trial = apply(model, target, revoke);
    const after = targetActive(trial.model, trial.target);
    // One pass suffices: inactivity is computed on transitive prerequisites, so everything that
    // depends on a newly inactive permission is already inactive in `after`.
    for (let w = 0; w < own.length; w++) {
      const lost = (own[w] ?? 0) & ~(revoke[w] ?? 0) & (before[w] ?? 0) & ~(after[w] ?? 0);
      cascaded[w] = lost;
      revoke[w] = (revoke[w] ?? 0) | lost;
    }
  }

  const { model: next, target: nextTarget } = apply(model, target, revoke);
  const inactiveAfter = (before: Bitset, after: Bitset, grantedAfter: Bitset): K[] => {
    const bits = emptyBits(catalogue.words);
    for (let w = 0; w < bits.length; w++) {
      bits[w] = (before[w] ?? 0) & (grantedAfter[w] ?? 0) & ~(after[w] ?? 0);
    }
    return catalogue.keysOf(bits);
  };

  const roles: RoleImpact<K>[] = [];
  const users: UserImpact<K>[] = [];
  if (target.kind === 'role') {
    const affected = [model.graph.get(target.roleId), ...model.graph.descendants(target.roleId)];
    const affectedIds = new Set<string>();
    for (const role of affected) {
      if (!role) continue;
      affectedIds.add(role.id);
      const inactive = inactiveAfter(
        model.roleActiveBits(role.id),
        next.roleActiveBits(role.id),
        next.roleGrantedBits(role.id),
      );
      if (inactive.length > 0) roles.push({ roleId: role.id, roleName: role.name, inactive });
    }
    for (const user of options.users ?? []) {
      if (user.roleId === null || !affectedIds.has(user.roleId)) continue;
      const inactive = inactiveAfter(model.userActiveBits(user), next.userActiveBits(user), next.userGrantedBits(user));
      if (inactive.length > 0) users.push({ userId: user.id, inactive });
    }
  } else if (nextTarget.kind === 'user') {
    const after = nextTarget.user;
    const inactive = inactiveAfter(model.userActiveBits(target.user), next.userActiveBits(after), next.userGrantedBits(after));
    if (inactive.length > 0) users.push({ userId: target.user.id, inactive });
  }

  return {
    revoke: catalogue.keysOf(revoke),
    cascaded: catalogue.keysOf(cascaded),
    notOwned,
    becomeInactive: { roles, users },
  };
}

function targetActive<K extends string, M extends string>(model: AccessModel<K, M>, target: ChangeTarget): Bitset {
  return target.kind === 'user' ? model.userActiveBits(target.user) : model.roleActiveBits(target.roleId);
}

/** The model and target as they would be once `revoke` is removed from the target. */
function apply<K extends string, M extends string>(
  model: AccessModel<K, M>,
  target: ChangeTarget,
  revoke: Bitset,
): { model: AccessModel<K, M>; target: ChangeTarget } {
  const removed = new Set<string>(model.catalogue.keysOf(revoke));
  const keep = (keys: readonly string[]): string[] => keys.filter((k) => !removed.has(k));
  if (target.kind === 'user') {
    return { model, target: { kind: 'user', user: { ...target.user, direct: keep(target.user.direct) } } };
  }
  const roles = model.graph.roles.map((r) => (r.id === target.roleId ? { ...r, permissions: keep(r.permissions) } : r));
  return { model: new AccessModel(new RoleGraph(roles), model.catalogue), target };
}
