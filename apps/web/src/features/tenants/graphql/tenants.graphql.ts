import { graphql } from '../../../gql';
import type { TenantsQuery } from '../../../gql/graphql';

export type TenantRow = TenantsQuery['tenants'][number];

export const TENANT_FIELDS = graphql(`
  fragment TenantFields on Tenant {
    id
    slug
    name
    status
    suspendedAt
    createdAt
  }
`);

export const TENANTS_QUERY = graphql(`
  query Tenants($filter: TenantFilter) {
    tenants(filter: $filter) {
      ...TenantFields
    }
  }
`);

export const CREATE_TENANT_MUTATION = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      ...TenantFields
    }
  }
`);

export const RENAME_TENANT_MUTATION = graphql(`
  mutation RenameTenant($id: ID!, $name: String!) {
    renameTenant(id: $id, name: $name) {
      ...TenantFields
    }
  }
`);

export const SUSPEND_TENANT_MUTATION = graphql(`
  mutation SuspendTenant($id: ID!, $reason: String) {
    suspendTenant(id: $id, reason: $reason) {
      ...TenantFields
    }
  }
`);

export const REACTIVATE_TENANT_MUTATION = graphql(`
  mutation ReactivateTenant($id: ID!) {
    reactivateTenant(id: $id) {
      ...TenantFields
    }
  }
`);

export const ENTER_TENANT_MUTATION = graphql(`
  mutation EnterTenant($tenantId: ID!) {
    enterTenant(tenantId: $tenantId) {
      id
      slug
      name
    }
  }
`);

export const LEAVE_TENANT_MUTATION = graphql(`
  mutation LeaveTenant {
    leaveTenant
  }
`);
