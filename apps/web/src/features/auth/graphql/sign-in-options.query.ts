import { graphql } from '../../../gql';

/** Public: what the sign-in page offers for an organisation (an unknown one answers like a password tenant). */
export const SIGN_IN_OPTIONS_QUERY = graphql(`
  query SignInOptions($organisation: String!) {
    signInOptions(organisation: $organisation) {
      passwordSignIn
      sso {
        displayName
        startUrl
      }
    }
  }
`);
