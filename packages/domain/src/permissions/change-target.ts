import type { Bitset } from './bitset.js';
import type { AccessModel, UserGrant } from './access-model.js';

/** What a grant or revoke applies to: a role's own permissions or a user's direct ones. */
export type ChangeTarget =
  | { readonly kind: 'role'; readonly roleId: string }
  | { readonly kind: 'user'; readonly user: UserGrant };

export function targetOwnKeys(model: AccessModel<string, string>, target: ChangeTarget): readonly string[] {
  if (target.kind === 'user') return target.user.direct;
  const role = model.graph.get(target.roleId);
  if (!role) throw new Error(`Unknown role "${target.roleId}"`);
  return role.permissions;
}

/** Everything the target holds from any source, prerequisites not considered. */
export function targetGrantedBits(model: AccessModel<string, string>, target: ChangeTarget): Bitset {
  return target.kind === 'user' ? model.userGrantedBits(target.user) : model.roleGrantedBits(target.roleId);
}
