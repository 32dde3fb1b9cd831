import { graphql } from '../../../gql';

/** How the organisation signs in, for those who may read its settings. */
export const TENANT_SIGN_IN_MODE_QUERY = graphql(`
  query TenantSignInMode {
    tenantSettings {
      authenticationMode
      externalAuthorization
      localPasswordFallback
    }
  }
`);
