import { graphql } from '../../gql';
import type { PortalViewerQuery } from '../../gql/graphql';

export type PortalViewer = PortalViewerQuery['me'];

/** The signed-in person, with what the portal needs to decide between its pages and a holding page. */
export const PORTAL_VIEWER_QUERY = graphql(`
  query PortalViewer {
    me {
      ...ViewerFields
    }
  }
`);
