import { graphql } from '../../../gql';

/** Operation name used by the error link: a failed sign-in must not bounce to the sign-in page. */
export const SIGN_IN_OPERATION = 'SignIn';

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on Session {
        accessToken
        expiresAt
        viewer {
          ...ViewerFields
        }
      }
      ... on PasswordChangeRequired {
        changeToken
        reason
      }
      ... on TwoFactorRequired {
        challengeToken
      }
      ... on TwoFactorEnrollmentRequired {
        enrollmentToken
        otpauthUri
        qrCodeDataUrl
        secret
      }
    }
  }
`);

export const VERIFY_TWO_FACTOR_MUTATION = graphql(`
  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {
    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {
      __typename
      ... on Session {
        accessToken
        expiresAt
        viewer {
          ...ViewerFields
        }
      }
    }
  }
`);

export const CONFIRM_TWO_FACTOR_ENROLLMENT_MUTATION = graphql(`
  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {
    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {
      recoveryCodes
      session {
        accessToken
        expiresAt
        viewer {
          ...ViewerFields
        }
      }
    }
  }
`);

/** Sent with the change token of PasswordChangeRequired, not a session token. */
export const COMPLETE_PASSWORD_CHANGE_MUTATION = graphql(`
  mutation CompletePasswordChange($newPassword: String!) {
    completePasswordChange(newPassword: $newPassword) {
      __typename
      ... on Session {
        accessToken
        expiresAt
        viewer {
          ...ViewerFields
        }
      }
      ... on TwoFactorRequired {
        challengeToken
      }
      ... on TwoFactorEnrollmentRequired {
        enrollmentToken
        otpauthUri
        qrCodeDataUrl
        secret
      }
    }
  }
`);
