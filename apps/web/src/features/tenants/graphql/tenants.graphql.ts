import { graphql } from '../../../gql';

export const TENANTS_QUERY = graphql(`
  query Tenants {
    tenants {
      id
      slug
      name
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
