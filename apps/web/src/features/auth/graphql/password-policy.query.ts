import { graphql } from '../../../gql';

export const PASSWORD_POLICY_QUERY = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      minLength
      maxLength
      requireUpper
      requireLower
      requireDigit
      requireSpecial
      specialCharacters
      rejectCommon
    }
  }
`);
