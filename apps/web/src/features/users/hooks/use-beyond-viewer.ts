import { keysBeyondReach, type PermissionKey } from '@access/domain';
import { useQuery } from '@apollo/client/react';
import { useCan, useViewer } from '../../auth/viewer-context';
import { EFFECTIVE_PERMISSIONS_QUERY } from '../graphql/user.graphql';

/**
 * The active permissions of a user that the viewer lacks: while any remain, the server refuses
 * every action on them. Empty for a super admin, and until the permissions have loaded (the
 * server still decides).
 */
export function useBeyondViewer(userId: string): PermissionKey[] {
  const viewer = useViewer();
  const exempt = viewer.isSuperAdmin;
  const mayReadUsers = useCan('users.read');
  const { data } = useQuery(EFFECTIVE_PERMISSIONS_QUERY, {
    variables: { userId },
    skip: exempt || !mayReadUsers,
  });
  if (exempt || !data) return [];
  const active = data.effectivePermissions.filter((entry) => entry.state === 'ACTIVE').map((entry) => entry.key);
  return keysBeyondReach(viewer.permissions, active);
}
