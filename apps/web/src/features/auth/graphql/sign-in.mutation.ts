import { graphql } from '../../../gql';

/** Operation name used by the error link: a failed sign-in must not bounce to the sign-in page. */
export const SIGN_IN_OPERATION = 'SignIn';

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on Session {
    accessToken
    expiresAt
    viewer {
      ...ViewerFields
    }
  }
`);

export const TWO_FACTOR_ENROLLMENT_FIELDS = graphql(`
  fragment TwoFactorEnrollmentFields on TwoFactorEnrollmentRequired {
    enrollmentToken
    otpauthUri
    qrCodeDataUrl
    secret
  }
`);

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      __typename
      ...SessionFields
      ... on PasswordChangeRequired {
        changeToken
        reason
      }
      ... on TwoFactorRequired {
        challengeToken
      }
      ...TwoFactorEnrollmentFields
    }
  }
`);

export const VERIFY_TWO_FACTOR_MUTATION = graphql(`
  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {
    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {
      __typename
      ...SessionFields
    }
  }
`);

export const CONFIRM_TWO_FACTOR_ENROLLMENT_MUTATION = graphql(`
  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {
    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {
      recoveryCodes
      session {
        ...SessionFields
      }
    }
  }
`);

/** Sent with the change token of PasswordChangeRequired, not a session token. */
export const COMPLETE_PASSWORD_CHANGE_MUTATION = graphql(`
  mutation CompletePasswordChange($newPassword: String!) {
    completePasswordChange(newPassword: $newPassword) {
      __typename
      ...SessionFields
      ... on TwoFactorRequired {
        challengeToken
      }
      ...TwoFactorEnrollmentFields
    }
  }
`);
