import { graphql } from '../../../gql';
import type { UsersQuery } from '../../../gql/graphql';

export type UserRow = UsersQuery['users']['edges'][number]['node'];

export const USERS_PAGE_SIZE = 25;

export const USERS_QUERY = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {
    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          username
          email
          displayName
          state
          isActive
          lastLoginAt
          origin
          role {
            id
            name
            isSystem
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const EXPORT_USERS_QUERY = graphql(`
  query ExportUsers($filter: UserFilter) {
    exportUsers(filter: $filter)
  }
`);

export const IMPORT_USERS_MUTATION = graphql(`
  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {
    importUsers(csv: $csv, dryRun: $dryRun) {
      dryRun
      created
      failed
      rows {
        line
        username
        status
        errors {
          field
          message
        }
      }
    }
  }
`);
