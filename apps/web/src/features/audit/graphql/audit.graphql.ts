import { graphql } from '../../../gql';
import type { AuditEntryFieldsFragment } from '../../../gql/graphql';

/** One entry as the tables show it, from the tenant's trail or the platform's. */
export type AuditEntryRow = AuditEntryFieldsFragment;

export const AUDIT_PAGE_SIZE = 50;

export const AUDIT_ENTRY_FIELDS = graphql(`
  fragment AuditEntryFields on AuditEntry {
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
`);

export const AUDIT_ENTRIES_QUERY = graphql(`
  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      edges {
        cursor
        node {
          ...AuditEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PLATFORM_AUDIT_ENTRIES_QUERY = graphql(`
  query PlatformAuditEntries($filter: AuditFilter, $first: Int!, $after: String) {
    platformAuditEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      edges {
        cursor
        node {
          ...AuditEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AUDIT_CHAIN_FIELDS = graphql(`
  fragment AuditChainFields on AuditChainStatus {
    entries
    sealedEntries
    verifiedUpTo
    sealedAt
    sealIntact
  }
`);

export const AUDIT_CHAIN_QUERY = graphql(`
  query AuditChain {
    auditChain {
      ...AuditChainFields
    }
  }
`);

export const PLATFORM_AUDIT_CHAIN_QUERY = graphql(`
  query PlatformAuditChain {
    platformAuditChain {
      ...AuditChainFields
    }
  }
`);
