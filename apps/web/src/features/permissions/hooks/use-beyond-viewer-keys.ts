import { keysBeyondReach, PERMISSION_KEYS } from '@access/domain';
import { useMemo } from 'react';
import { useViewer } from '../../auth/viewer-context';

/**
 * The permissions the viewer may not hand out because they do not hold them (@access/domain's
 * delegation rule, which the server enforces); none for a super admin inside the tenant.
 */
export function useBeyondViewerKeys(): ReadonlySet<string> {
  const viewer = useViewer();
  return useMemo(() => new Set<string>(viewer.isSuperAdmin ? [] : keysBeyondReach(viewer.permissions, PERMISSION_KEYS)), [viewer]);
}

export const NOT_YOURS_TO_GRANT = 'You do not hold this permission, so you cannot grant it';
