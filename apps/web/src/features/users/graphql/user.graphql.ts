import { graphql } from '../../../gql';
import type { UserDetailFieldsFragment } from '../../../gql/graphql';

export type UserDetail = UserDetailFieldsFragment;

/**
 * Everything the user page shows. Every mutation below returns the same selection, so Apollo's
 * normalised cache updates the page (and list rows) without a refetch.
 */
export const USER_DETAIL_FIELDS = graphql(`
  fragment UserDetailFields on User {
    id
    username
    email
    firstName
    lastName
    displayName
    phone
    jobTitle
    department
    location
    timeZone
    effectiveTimeZone
    origin
    state
    holdInvite
    isActive
    externalPlannerAccess
    externalPurchasingAccess
    portalAccess
    twoFactorRequired
    twoFactorEnabled
    twoFactorEnrolledAt
    passwordChangeRequired
    lastLoginAt
    activatedAt
    version
    createdAt
    updatedAt
    deletedAt
    signInLockedUntil
    role {
      id
      name
      isSystem
    }
    approvalGroups {
      id
      name
    }
    holidayDelegations {
      id
      delegatorId
      delegateId
      startsOn
      endsOn
      delegator {
        id
        displayName
      }
      delegate {
        id
        displayName
      }
    }
    links {
      kind
      status
      createdAt
      expiresAt
      usedAt
      revokedAt
    }
  }
`);

export const USER_QUERY = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserDetailFields
    }
  }
`);

export const UPDATE_USER_MUTATION = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserDetailFields
    }
  }
`);

export const RELEASE_ACCESS_MUTATION = graphql(`
  mutation ReleaseAccess($id: ID!) {
    releaseAccess(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const SET_PORTAL_ACCESS_MUTATION = graphql(`
  mutation SetPortalAccess($id: ID!, $enabled: Boolean!) {
    setPortalAccess(id: $id, enabled: $enabled) {
      ...UserDetailFields
    }
  }
`);

export const DEACTIVATE_USER_MUTATION = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const REACTIVATE_USER_MUTATION = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const DELETE_USER_MUTATION = graphql(`
  mutation DeleteUser($id: ID!) {
    deleteUser(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const RESTORE_USER_MUTATION = graphql(`
  mutation RestoreUser($id: ID!) {
    restoreUser(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const RESET_PASSWORD_MUTATION = graphql(`
  mutation ResetPassword($id: ID!) {
    resetPassword(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const SET_PASSWORD_MUTATION = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      ...UserDetailFields
    }
  }
`);

export const FORCE_RESET_MUTATION = graphql(`
  mutation ForceReset($id: ID!) {
    forceReset(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const CLEAR_LOCKOUT_MUTATION = graphql(`
  mutation ClearSignInLockout($id: ID!) {
    clearSignInLockout(id: $id) {
      ...UserDetailFields
    }
  }
`);

export const CHANGE_ROLE_MUTATION = graphql(`
  mutation ChangeRole($id: ID!, $roleId: ID!) {
    changeRole(id: $id, roleId: $roleId) {
      ...UserDetailFields
    }
  }
`);

export const CREATE_ACTIVATION_LINK_MUTATION = graphql(`
  mutation CreateActivationLink($userId: ID!) {
    createActivationLink(userId: $userId) {
      url
      expiresAt
      emailed
    }
  }
`);

export const REVOKE_ACTIVATION_LINKS_MUTATION = graphql(`
  mutation RevokeActivationLinks($userId: ID!) {
    revokeActivationLinks(userId: $userId)
  }
`);

export const CREATE_RESET_LINK_MUTATION = graphql(`
  mutation CreatePasswordResetLink($userId: ID!) {
    createPasswordResetLink(userId: $userId) {
      url
      expiresAt
      emailed
    }
  }
`);

export const REVOKE_RESET_LINKS_MUTATION = graphql(`
  mutation RevokePasswordResetLinks($userId: ID!) {
    revokePasswordResetLinks(userId: $userId)
  }
`);

export const USER_ACTIVITY_QUERY = graphql(`
  query UserActivity($userId: ID!) {
    userActivity(userId: $userId) {
      lastLoginAt
      loginsLast7Days
      loginsLast30Days
      loginsLast365Days
      signInsSince
      signInsPerDay {
        day
        signIns
      }
    }
  }
`);

export const EFFECTIVE_PERMISSIONS_QUERY = graphql(`
  query EffectivePermissions($userId: ID!) {
    effectivePermissions(userId: $userId) {
      key
      state
      missingPrerequisites
      permission {
        key
        name
        module
      }
      sources {
        kind
        roleId
        roleName
        path
      }
    }
  }
`);

export const EXPLAIN_PERMISSION_QUERY = graphql(`
  query ExplainPermission($userId: ID!, $key: String!) {
    explainPermission(userId: $userId, key: $key) {
      key
      status
      sentence
    }
  }
`);

export const GRANT_USER_PERMISSIONS_MUTATION = graphql(`
  mutation GrantUserPermissions($userId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {
    grantUserPermissions(userId: $userId, keys: $keys, withPrerequisites: $withPrerequisites) {
      granted
      prerequisitesGranted
    }
  }
`);

export const REVOKE_USER_PERMISSIONS_MUTATION = graphql(`
  mutation RevokeUserPermissions($userId: ID!, $keys: [String!]!, $cascade: Boolean!) {
    revokeUserPermissions(userId: $userId, keys: $keys, cascade: $cascade) {
      revoked
      cascaded
      notOwned
      usersAffected {
        userId
        inactive
      }
    }
  }
`);
