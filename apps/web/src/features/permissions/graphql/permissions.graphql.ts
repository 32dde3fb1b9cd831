import { graphql } from '../../../gql';
import type { PermissionMatrixQuery, PermissionsReferenceQuery } from '../../../gql/graphql';

export type MatrixModule = PermissionMatrixQuery['permissionMatrix']['modules'][number];
export type MatrixPermission = MatrixModule['permissions'][number];
export type MatrixRow = PermissionMatrixQuery['permissionMatrix']['rows'][number];
export type MatrixCell = MatrixRow['cells'][number];
export type ReferenceModule = PermissionsReferenceQuery['permissionsReference'][number];

export const PERMISSION_MATRIX_QUERY = graphql(`
  query PermissionMatrix {
    permissionMatrix {
      modules {
        key
        name
        permissions {
          key
          name
          description
          prerequisites
        }
      }
      rows {
        role {
          id
          name
          isSystem
        }
        cells {
          key
          state
          toggleable
          inheritedFrom {
            roleId
            roleName
            path
          }
          missing
        }
      }
    }
  }
`);

export const GRANT_ROLE_PERMISSIONS_MUTATION = graphql(`
  mutation GrantRolePermissions($roleId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {
    grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: $withPrerequisites) {
      granted
      prerequisitesGranted
    }
  }
`);

export const REVOKE_ROLE_PERMISSIONS_MUTATION = graphql(`
  mutation RevokeRolePermissions($roleId: ID!, $keys: [String!]!, $cascade: Boolean!) {
    revokeRolePermissions(roleId: $roleId, keys: $keys, cascade: $cascade) {
      revoked
      cascaded
      notOwned
      rolesAffected {
        roleId
        roleName
        inactive
      }
      usersAffected {
        userId
        inactive
      }
    }
  }
`);

export const PERMISSIONS_REFERENCE_QUERY = graphql(`
  query PermissionsReference {
    permissionsReference {
      key
      name
      group
      accessPermission
      permissions {
        key
        name
        description
        prerequisites
      }
    }
  }
`);
