import type { RevokeDependants } from '@access/domain';

/** One permission of the target that needs the key being revoked. */
export interface RevokeDependant {
  key: string;
  /** The target's own grant of it: revoked too when the administrator picks the cascade. */
  cascades: boolean;
  /**
   * Where the target holds it besides its own grant ("inherited from Buyer"), when it does: then
   * it stays, inactive, whichever way the key is revoked.
   */
  heldVia: string | null;
}

/** A revoke that needs the administrator's choice: the key and its dependants on one role or user. */
export interface RevokeChoice {
  target: { kind: 'role' | 'user'; id: string; name: string };
  key: string;
  dependants: readonly RevokeDependant[];
}

/**
 * The choice to put before revoking `key`, from the domain's plan; null when nothing held depends
 * on it (the revoke goes ahead without a question). `heldVia` names the other source of a key.
 */
export function revokeChoice(
  target: RevokeChoice['target'],
  key: string,
  plan: RevokeDependants<string>,
  heldVia: (key: string) => string | null,
): RevokeChoice | null {
  if (plan.inactive.length === 0) return null;
  const dependants = plan.inactive.map((dependant) => ({
    key: dependant,
    cascades: plan.cascadable.includes(dependant),
    heldVia: plan.inactiveAfterCascade.includes(dependant) ? (heldVia(dependant) ?? 'held from another source') : null,
  }));
  return { target, key, dependants };
}

/** How many dependants the cascade revokes with the key. */
export function cascadeCount(choice: RevokeChoice): number {
  return choice.dependants.filter((dependant) => dependant.cascades).length;
}
