import { createAccessModel, isPermissionKey, revokeDependants } from '@access/domain';
import type { EffectivePermissionsQuery } from '../../gql/graphql';
import { revokeChoice, type RevokeChoice } from '../permissions/revoke-choice';

type Effective = EffectivePermissionsQuery['effectivePermissions'][number];
type Source = Effective['sources'][number];

/** Stands for the user's role and its ancestors, flattened: a user plan reads only what they grant together. */
const ROLE = 'role';

function roleSourceText(source: Source): string | null {
  // The server names the role on every ROLE and INHERITED source; the path starts at the user's role.
  if (source.kind === 'ROLE') return `granted by the role ${source.roleName ?? ''}`;
  if (source.kind === 'INHERITED') return `inherited by the role ${source.path[0] ?? ''} from ${source.roleName ?? ''}`;
  return null;
}

/**
 * The question to ask before revoking the direct grant of `key` from a user, planned by the
 * domain on the user's effective permissions as the server listed them: everything the role
 * brings as one role, the direct grants as the user's own. Null when nothing would turn inactive.
 * A dependant the role grants too is named with its source: the cascade cannot take it away.
 */
export function directRevokeChoice(
  user: { id: string; displayName: string },
  effective: readonly Effective[],
  key: string,
): RevokeChoice | null {
  if (!isPermissionKey(key)) return null;
  const fromRole = effective.filter((entry) => entry.sources.some((source) => source.kind !== 'DIRECT')).map((entry) => entry.key);
  const direct = effective.filter((entry) => entry.sources.some((source) => source.kind === 'DIRECT')).map((entry) => entry.key);
  const model = createAccessModel([{ id: ROLE, name: ROLE, parentIds: [], permissions: fromRole }]);
  const plan = revokeDependants(model, { kind: 'user', user: { id: user.id, roleId: ROLE, direct } }, key);
  const heldVia = (dependant: string) => {
    const sources = effective.find((entry) => entry.key === dependant)?.sources ?? [];
    const texts = sources.map(roleSourceText).filter((text): text is string => text !== null);
    return texts.length > 0 ? texts.join('; ') : null;
  };
  return revokeChoice({ kind: 'user', id: user.id, name: user.displayName }, key, plan, heldVia);
}
