import { graphql } from '../../../gql';
import type { TenantSettingsFieldsFragment } from '../../../gql/graphql';

export type TenantSettingsValues = TenantSettingsFieldsFragment;

export const TENANT_SETTINGS_FIELDS = graphql(`
  fragment TenantSettingsFields on TenantSettings {
    authenticationMode
    externalAuthorization
    localPasswordFallback
    defaultRole {
      id
      name
    }
    twoFactorRequiredForAll
    lockoutMaxFailures
    lockoutSeconds
    lockoutMaxSeconds
    sessionLifetimeDays
    accessTokenTtlSeconds
    timeZone
    passwordPolicy {
      ...PasswordPolicyFields
    }
    platformDefaults {
      lockoutMaxFailures
      lockoutSeconds
      lockoutMaxSeconds
      sessionLifetimeDays
      accessTokenTtlSeconds
    }
  }
`);

export const TENANT_SETTINGS_QUERY = graphql(`
  query TenantSettings {
    tenantSettings {
      ...TenantSettingsFields
    }
  }
`);

export const UPDATE_TENANT_SETTINGS_MUTATION = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      ...TenantSettingsFields
    }
  }
`);

export const UPDATE_PASSWORD_POLICY_MUTATION = graphql(`
  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {
    updatePasswordPolicy(input: $input) {
      ...PasswordPolicyFields
    }
  }
`);
