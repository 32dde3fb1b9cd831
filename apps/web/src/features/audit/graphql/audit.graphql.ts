import { graphql } from '../../../gql';
import type { AuditEntriesQuery } from '../../../gql/graphql';

export type AuditEntryRow = AuditEntriesQuery['auditEntries']['edges'][number]['node'];

export const AUDIT_PAGE_SIZE = 50;

export const AUDIT_ENTRIES_QUERY = graphql(`
  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          occurredAt
          actor {
            userId
            superAdminId
            label
          }
          action
          targetType
          targetId
          targetLabel
          before
          after
          originIp
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
