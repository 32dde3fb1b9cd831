import { graphql } from '../../../gql';
import type { UserApiTokensQuery, UserSessionsQuery } from '../../../gql/graphql';

export type UserApiToken = UserApiTokensQuery['userApiTokens'][number];
export type UserSession = UserSessionsQuery['userSessions'][number];

export const RESET_TWO_FACTOR_MUTATION = graphql(`
  mutation ResetTwoFactor($id: ID!) {
    resetTwoFactor(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const USER_API_TOKENS_QUERY = graphql(`
  query UserApiTokens($userId: ID!) {
    userApiTokens(userId: $userId) {
      ...ApiTokenFields
    }
  }
`);

/** The secret comes back this once; the page shows it and then forgets it. */
export const CREATE_USER_API_TOKEN_MUTATION = graphql(`
  mutation CreateUserApiToken($userId: ID!, $name: String!, $expiresAt: DateTimeISO) {
    createUserApiToken(userId: $userId, name: $name, expiresAt: $expiresAt) {
      secret
      apiToken {
        id
        name
      }
    }
  }
`);

export const REVOKE_USER_API_TOKEN_MUTATION = graphql(`
  mutation RevokeUserApiToken($userId: ID!, $id: ID!) {
    revokeUserApiToken(userId: $userId, id: $id)
  }
`);

export const USER_SESSIONS_QUERY = graphql(`
  query UserSessions($userId: ID!) {
    userSessions(userId: $userId) {
      id
      createdAt
      lastUsedAt
      expiresAt
      userAgent
      ip
    }
  }
`);

export const REVOKE_ALL_SESSIONS_MUTATION = graphql(`
  mutation RevokeAllSessions($userId: ID!) {
    revokeAllSessions(userId: $userId)
  }
`);
