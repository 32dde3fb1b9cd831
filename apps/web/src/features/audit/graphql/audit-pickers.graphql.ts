import { graphql } from '../../../gql';

export const AUDIT_PICKER_USERS_QUERY = graphql(`
  query AuditPickerUsers($name: String!, $states: [UserState!]) {
    users(first: 8, filter: { name: $name, states: $states }, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          displayName
          username
        }
      }
    }
  }
`);

export const AUDIT_PICKER_USER_QUERY = graphql(`
  query AuditPickerUser($id: ID!) {
    user(id: $id) {
      id
      displayName
      username
    }
  }
`);

/** Who acts on the platform trail (super admins) and what it is about (tenants, super admins), by name. */
export const PLATFORM_AUDIT_PICKER_QUERY = graphql(`
  query PlatformAuditPicker {
    superAdmins {
      id
      displayName
      username
    }
    tenants {
      id
      name
      slug
    }
  }
`);
