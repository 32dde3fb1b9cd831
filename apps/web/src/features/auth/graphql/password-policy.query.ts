import { graphql } from '../../../gql';

/** Every rule of a password policy: what the checklist shows and the settings page edits. */
export const PASSWORD_POLICY_FIELDS = graphql(`
  fragment PasswordPolicyFields on PasswordPolicy {
    minLength
    maxLength
    requireUpper
    requireLower
    requireDigit
    requireSpecial
    specialCharacters
    rejectCommon
  }
`);

export const PASSWORD_POLICY_QUERY = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      ...PasswordPolicyFields
    }
  }
`);
