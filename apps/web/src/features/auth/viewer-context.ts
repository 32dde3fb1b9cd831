import type { PermissionKey } from '@access/domain';
import { createContext, useContext } from 'react';
import type { Viewer } from './graphql/viewer.fragment';

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user inside the admin shell (which loads it before rendering any page). */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() must be used inside the admin shell');
  return viewer;
}

/** Whether the viewer holds `key` actively; a typo in the key is a compile error. */
export function useCan(key: PermissionKey): boolean {
  return useViewer().permissions.includes(key);
}
