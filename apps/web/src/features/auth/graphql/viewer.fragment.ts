import { graphql } from '../../../gql';
import type { ViewerFieldsFragment } from '../../../gql/graphql';

export type Viewer = ViewerFieldsFragment;

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    id
    username
    displayName
    isSuperAdmin
    tenant {
      id
      slug
      name
      authenticationMode
      externalAuthorization
      localPasswordFallback
    }
    permissions
    origin
    portalStatus
    timeZone
    ownTimeZone
    tenantTimeZone
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);
