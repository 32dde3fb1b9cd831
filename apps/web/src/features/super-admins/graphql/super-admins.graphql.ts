import { graphql } from '../../../gql';
import type { SuperAdminsQuery } from '../../../gql/graphql';

export type SuperAdminRow = SuperAdminsQuery['superAdmins'][number];

export const SUPER_ADMIN_FIELDS = graphql(`
  fragment SuperAdminFields on SuperAdmin {
    id
    username
    displayName
    email
    active
    deactivatedAt
    twoFactorRequired
    twoFactorEnabled
    lastLoginAt
    createdAt
  }
`);

export const SUPER_ADMINS_QUERY = graphql(`
  query SuperAdmins {
    superAdmins {
      ...SuperAdminFields
    }
  }
`);

export const CREATE_SUPER_ADMIN_MUTATION = graphql(`
  mutation CreateSuperAdmin($input: CreateSuperAdminInput!) {
    createSuperAdmin(input: $input) {
      ...SuperAdminFields
    }
  }
`);

export const DEACTIVATE_SUPER_ADMIN_MUTATION = graphql(`
  mutation DeactivateSuperAdmin($id: ID!) {
    deactivateSuperAdmin(id: $id) {
      ...SuperAdminFields
    }
  }
`);

export const REACTIVATE_SUPER_ADMIN_MUTATION = graphql(`
  mutation ReactivateSuperAdmin($id: ID!) {
    reactivateSuperAdmin(id: $id) {
      ...SuperAdminFields
    }
  }
`);
