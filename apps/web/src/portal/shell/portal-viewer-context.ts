import { createContext, useContext } from 'react';
import type { PortalViewer } from './portal-viewer.graphql';

export const PortalViewerContext = createContext<PortalViewer | null>(null);

/** The signed-in person inside the portal shell (which loads them before rendering any page). */
export function usePortalViewer(): PortalViewer {
  const viewer = useContext(PortalViewerContext);
  if (!viewer) throw new Error('usePortalViewer() must be used inside the portal shell');
  return viewer;
}

/** Internal users also have the admin app; external workers have only the portal. */
export const isInternal = (viewer: Pick<PortalViewer, 'origin'>) => viewer.origin !== 'external';
