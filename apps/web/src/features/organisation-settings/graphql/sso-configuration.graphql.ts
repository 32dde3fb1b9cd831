import { graphql } from '../../../gql';
import type { SsoConfigurationFieldsFragment, SsoConnectionReportFieldsFragment } from '../../../gql/graphql';

export type SsoConfigurationValues = SsoConfigurationFieldsFragment;
export type SsoConnectionReport = SsoConnectionReportFieldsFragment;

export const SSO_CONFIGURATION_FIELDS = graphql(`
  fragment SsoConfigurationFields on SsoConfiguration {
    displayName
    issuerUrl
    clientId
    clientSecretSet
    scopes
    claimMapping {
      username
      email
      firstName
      lastName
      role
    }
    roleMappings {
      claimValue
      role {
        id
        name
      }
    }
    redirectUri
    updatedAt
  }
`);

export const SSO_CONFIGURATION_QUERY = graphql(`
  query SsoConfiguration {
    ssoConfiguration {
      ...SsoConfigurationFields
    }
  }
`);

export const UPDATE_SSO_CONFIGURATION_MUTATION = graphql(`
  mutation UpdateSsoConfiguration($input: UpdateSsoConfigurationInput!) {
    updateSsoConfiguration(input: $input) {
      ...SsoConfigurationFields
    }
  }
`);

export const REMOVE_SSO_CONFIGURATION_MUTATION = graphql(`
  mutation RemoveSsoConfiguration {
    removeSsoConfiguration
  }
`);

export const SSO_CONNECTION_REPORT_FIELDS = graphql(`
  fragment SsoConnectionReportFields on SsoConnectionReport {
    ok
    reason
    message
    issuer
    authorizationEndpoint
    tokenEndpoint
    userinfoEndpoint
    jwksUri
    keyCount
    keyAlgorithms
    scopesSupported
    pkceS256
  }
`);

export const TEST_SSO_CONNECTION_MUTATION = graphql(`
  mutation TestSsoConnection($issuerUrl: String) {
    testSsoConnection(issuerUrl: $issuerUrl) {
      ...SsoConnectionReportFields
    }
  }
`);
