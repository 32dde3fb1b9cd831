import { graphql } from '../../../gql';
import type { RolesQuery } from '../../../gql/graphql';

export type RoleListItem = RolesQuery['roles'][number];

export const ROLES_QUERY = graphql(`
  query Roles($filter: RoleFilter) {
    roles(filter: $filter) {
      id
      name
      isSystem
      deletedAt
      usersCount
      parents {
        id
        name
      }
      permissions {
        key
      }
    }
  }
`);

export const ROLE_QUERY = graphql(`
  query Role($id: ID!) {
    role(id: $id) {
      id
      name
      isSystem
      deletedAt
      createdAt
      usersCount
      parents {
        id
        name
      }
      permissions {
        key
        name
        module
      }
    }
  }
`);

export const ROLE_INHERITANCE_QUERY = graphql(`
  query RoleInheritance($id: ID!) {
    role(id: $id) {
      id
      inheritanceGraph {
        roles {
          id
          name
          isSystem
        }
        links {
          childId
          parentId
          inheritedPermissionsCount
        }
      }
    }
  }
`);

export const CREATE_ROLE_MUTATION = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      id
      name
    }
  }
`);

export const RENAME_ROLE_MUTATION = graphql(`
  mutation RenameRole($id: ID!, $name: String!) {
    renameRole(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const SET_ROLE_PARENTS_MUTATION = graphql(`
  mutation SetRoleParents($id: ID!, $parentIds: [ID!]!) {
    setRoleParents(id: $id, parentIds: $parentIds) {
      id
      parents {
        id
        name
      }
    }
  }
`);

export const DELETE_ROLE_MUTATION = graphql(`
  mutation DeleteRole($id: ID!) {
    deleteRole(id: $id) {
      id
      deletedAt
    }
  }
`);

export const RESTORE_ROLE_MUTATION = graphql(`
  mutation RestoreRole($id: ID!) {
    restoreRole(id: $id) {
      id
      deletedAt
    }
  }
`);
