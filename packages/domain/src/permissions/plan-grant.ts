import { bitIds, emptyBits, hasBit, orInto, setBit } from './bitset.js';
import type { AccessModel } from './access-model.js';
import { type ChangeTarget, targetGrantedBits, targetOwnKeys } from './change-target.js';

export interface GrantOptions {
  /** Also grant the prerequisites the target lacks, instead of refusing. */
  readonly withPrerequisites?: boolean;
}

export type GrantPlan<K extends string> =
  | {
      readonly ok: true;
      /** Keys to add to the target's own (role) or direct (user) set, in catalogue order. */
      readonly grant: readonly K[];
      /** The part of `grant` that was not asked for: prerequisites granted alongside. */
      readonly prerequisites: readonly K[];
    }
  | {
      readonly ok: false;
      readonly code: 'PREREQUISITES_MISSING';
      /** Every prerequisite the target lacks, in catalogue order. */
      readonly missing: readonly K[];
      /** Per requested key, what it lacks. */
      readonly missingFor: readonly { readonly key: K; readonly missing: readonly K[] }[];
      readonly message: string;
    };

/**
 * Plans granting `keys` to a role or a user. A prerequisite counts as met when the target
 * already holds it from any source (own, inherited, direct) or it is part of the same request.
 */
export function planGrant<K extends string, M extends string>(
  model: AccessModel<K, M>,
  target: ChangeTarget,
  keys: K | readonly K[],
  options: GrantOptions = {},
): GrantPlan<K> {
  const { catalogue } = model;
  const requested = typeof keys === 'string' ? [keys] : [...keys];
  const requestedBits = emptyBits(catalogue.words);
  for (const key of requested) setBit(requestedBits, catalogue.id(key));

  const available = targetGrantedBits(model, target).slice();
  orInto(available, requestedBits);

  const missingBits = emptyBits(catalogue.words);
  const missingFor: { key: K; missing: K[] }[] = [];
  for (const id of bitIds(requestedBits)) {
    const missing = catalogue.missingFor(id, available);
    if (missing.length === 0) continue;
    missingFor.push({ key: catalogue.permissionAt(id).key, missing });
    for (const key of missing) setBit(missingBits, catalogue.id(key));
  }

  if (missingFor.length > 0 && !options.withPrerequisites) {
    const missing = catalogue.keysOf(missingBits);
    return {
      ok: false,
      code: 'PREREQUISITES_MISSING',
      missing,
      missingFor,
      message: `Missing prerequisites: ${missingFor.map((m) => `${m.key} needs ${m.missing.join(', ')}`).join('; ')}`,
    };
  }

  const own = catalogue.bitsOf(targetOwnKeys(model, target));
  const grant = emptyBits(catalogue.words);
  orInto(grant, requestedBits);
  orInto(grant, missingBits);
  return {
    ok: true,
    grant: catalogue.keysOf(grant).filter((key) => !hasBit(own, catalogue.id(key))),
    prerequisites: catalogue.keysOf(missingBits),
  };
}
