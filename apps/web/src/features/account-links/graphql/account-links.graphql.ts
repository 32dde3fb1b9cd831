import { graphql } from '../../../gql';

export const ACTIVATE_ACCOUNT_MUTATION = graphql(`
  mutation ActivateAccount($token: String!, $password: String!) {
    activateAccount(token: $token, password: $password)
  }
`);

export const RESET_PASSWORD_WITH_LINK_MUTATION = graphql(`
  mutation ResetPasswordWithLink($token: String!, $password: String!) {
    resetPasswordWithLink(token: $token, password: $password)
  }
`);
