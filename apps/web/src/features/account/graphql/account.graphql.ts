import { graphql } from '../../../gql';
import type { MyApiTokensQuery, MySessionsQuery } from '../../../gql/graphql';

export type MySession = MySessionsQuery['mySessions'][number];
export type MyApiToken = MyApiTokensQuery['myApiTokens'][number];

/** Your own password; the server ends your other sessions (this one stays signed in). */
export const CHANGE_MY_PASSWORD_MUTATION = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const MY_SESSIONS_QUERY = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      expiresAt
      userAgent
      ip
      current
    }
  }
`);

export const REVOKE_SESSION_MUTATION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const REVOKE_MY_OTHER_SESSIONS_MUTATION = graphql(`
  mutation RevokeMyOtherSessions {
    revokeMyOtherSessions
  }
`);

/** What a token list shows, for your own tokens and for another user's. */
export const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    createdAt
    expiresAt
    lastUsedAt
  }
`);

export const MY_API_TOKENS_QUERY = graphql(`
  query MyApiTokens {
    myApiTokens {
      ...ApiTokenFields
    }
  }
`);

/** The secret comes back this once; the page shows it and then forgets it. */
export const CREATE_API_TOKEN_MUTATION = graphql(`
  mutation CreateApiToken($name: String!, $expiresAt: DateTimeISO) {
    createApiToken(name: $name, expiresAt: $expiresAt) {
      secret
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const REGENERATE_API_TOKEN_MUTATION = graphql(`
  mutation RegenerateApiToken($id: ID!) {
    regenerateApiToken(id: $id) {
      secret
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const REVOKE_API_TOKEN_MUTATION = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);
