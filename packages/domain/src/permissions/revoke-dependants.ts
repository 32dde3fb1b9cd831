import type { AccessModel } from './access-model.js';
import type { ChangeTarget } from './change-target.js';
import { planRevoke, type RevokePlan } from './plan-revoke.js';

/** What revoking a prerequisite does to the target's own permissions, with and without `cascade`. */
export interface RevokeDependants<K extends string> {
  /** The target's permissions, active today, that revoking the keys alone leaves held but inactive (catalogue order). */
  readonly inactive: readonly K[];
  /** Of `inactive`, the ones the target owns: revoking with `cascade` removes them too. */
  readonly cascadable: readonly K[];
  /**
   * Of `inactive`, the ones the target still holds after the cascade, inactive: inherited from a
   * parent role, or for a user granted by their role. Only a change at that source removes them.
   */
  readonly inactiveAfterCascade: readonly K[];
}

function targetInactive<K extends string>(plan: RevokePlan<K>, target: ChangeTarget): readonly K[] {
  if (target.kind === 'role') return plan.becomeInactive.roles.find((impact) => impact.roleId === target.roleId)?.inactive ?? [];
  return plan.becomeInactive.users.find((impact) => impact.userId === target.user.id)?.inactive ?? [];
}

/**
 * The choice a revoke of a prerequisite offers, from `planRevoke` as the server runs it: the
 * dependants that turn inactive, those a cascade would revoke, and those a cascade cannot reach.
 * Every list is empty when nothing held depends on the keys (nothing to ask).
 */
export function revokeDependants<K extends string, M extends string>(
  model: AccessModel<K, M>,
  target: ChangeTarget,
  keys: K | readonly K[],
): RevokeDependants<K> {
  const inactive = targetInactive(planRevoke(model, target, keys), target);
  if (inactive.length === 0) return { inactive, cascadable: [], inactiveAfterCascade: [] };
  const cascade = planRevoke(model, target, keys, { cascade: true });
  return { inactive, cascadable: cascade.cascaded, inactiveAfterCascade: targetInactive(cascade, target) };
}
