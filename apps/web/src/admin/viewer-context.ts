import { createContext, useContext } from 'react';
import type { Viewer } from '../features/auth/graphql/viewer.fragment';

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user inside the admin shell (which loads it before rendering any page). */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() must be used inside the admin shell');
  return viewer;
}

export function useHasPermission(permission: string): boolean {
  return useViewer().permissions.includes(permission);
}
