/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ActivateAccount($token: String!, $password: String!) {\n    activateAccount(token: $token, password: $password)\n  }\n": typeof types.ActivateAccountDocument,
    "\n  mutation ResetPasswordWithLink($token: String!, $password: String!) {\n    resetPasswordWithLink(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordWithLinkDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ip\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation RevokeMyOtherSessions {\n    revokeMyOtherSessions\n  }\n": typeof types.RevokeMyOtherSessionsDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RegenerateApiToken($id: ID!) {\n    regenerateApiToken(id: $id) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.RegenerateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actor {\n            userId\n            superAdminId\n            label\n          }\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          originIp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      specialCharacters\n      rejectCommon\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on PasswordChangeRequired {\n        changeToken\n        reason\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ... on TwoFactorEnrollmentRequired {\n        enrollmentToken\n        otpauthUri\n        qrCodeDataUrl\n        secret\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {\n    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n  }\n": typeof types.VerifyTwoFactorDocument,
    "\n  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {\n    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {\n      recoveryCodes\n      session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n  }\n": typeof types.ConfirmTwoFactorEnrollmentDocument,
    "\n  mutation CompletePasswordChange($newPassword: String!) {\n    completePasswordChange(newPassword: $newPassword) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ... on TwoFactorEnrollmentRequired {\n        enrollmentToken\n        otpauthUri\n        qrCodeDataUrl\n        secret\n      }\n    }\n  }\n": typeof types.CompletePasswordChangeDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    isSuperAdmin\n    tenant {\n      id\n      slug\n      name\n    }\n    permissions\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query DevOutbox($limit: Int!) {\n    devOutbox(limit: $limit) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": typeof types.DevOutboxDocument,
    "\n  query DevOutboxProbe {\n    devOutbox(limit: 1) {\n      id\n    }\n  }\n": typeof types.DevOutboxProbeDocument,
    "\n  query PermissionMatrix {\n    permissionMatrix {\n      modules {\n        key\n        name\n        permissions {\n          key\n          name\n          description\n          prerequisites\n        }\n      }\n      rows {\n        role {\n          id\n          name\n          isSystem\n        }\n        cells {\n          key\n          state\n          toggleable\n          inheritedFrom {\n            roleId\n            roleName\n            path\n          }\n          missing\n        }\n      }\n    }\n  }\n": typeof types.PermissionMatrixDocument,
    "\n  mutation GrantRolePermissions($roleId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n": typeof types.GrantRolePermissionsDocument,
    "\n  mutation RevokeRolePermissions($roleId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeRolePermissions(roleId: $roleId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      rolesAffected {\n        roleId\n        roleName\n        inactive\n      }\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n": typeof types.RevokeRolePermissionsDocument,
    "\n  query PermissionsReference {\n    permissionsReference {\n      key\n      name\n      group\n      accessPermission\n      permissions {\n        key\n        name\n        description\n        prerequisites\n      }\n    }\n  }\n": typeof types.PermissionsReferenceDocument,
    "\n  query Roles($filter: RoleFilter) {\n    roles(filter: $filter) {\n      id\n      name\n      isSystem\n      deletedAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n      }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      isSystem\n      deletedAt\n      createdAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n        name\n        module\n      }\n    }\n  }\n": typeof types.RoleDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation RenameRole($id: ID!, $name: String!) {\n    renameRole(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameRoleDocument,
    "\n  mutation SetRoleParents($id: ID!, $parentIds: [ID!]!) {\n    setRoleParents(id: $id, parentIds: $parentIds) {\n      id\n      parents {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetRoleParentsDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  mutation RestoreRole($id: ID!) {\n    restoreRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.RestoreRoleDocument,
    "\n  query Tenants {\n    tenants {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation EnterTenant($tenantId: ID!) {\n    enterTenant(tenantId: $tenantId) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.EnterTenantDocument,
    "\n  mutation LeaveTenant {\n    leaveTenant\n  }\n": typeof types.LeaveTenantDocument,
    "\n  fragment UserDetailFields on User {\n    id\n    username\n    email\n    firstName\n    lastName\n    displayName\n    phone\n    jobTitle\n    department\n    location\n    origin\n    state\n    holdInvite\n    isActive\n    externalPlannerAccess\n    externalPurchasingAccess\n    portalAccess\n    twoFactorRequired\n    passwordChangeRequired\n    lastLoginAt\n    activatedAt\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    signInLockedUntil\n    role {\n      id\n      name\n      isSystem\n    }\n    approvalGroups {\n      id\n      name\n    }\n    holidayDelegations {\n      id\n      delegatorId\n      delegateId\n      startsOn\n      endsOn\n    }\n    links {\n      kind\n      status\n      createdAt\n      expiresAt\n      usedAt\n      revokedAt\n    }\n  }\n": typeof types.UserDetailFieldsFragmentDoc,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ReleaseAccess($id: ID!) {\n    releaseAccess(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.ReleaseAccessDocument,
    "\n  mutation SetPortalAccess($id: ID!, $enabled: Boolean!) {\n    setPortalAccess(id: $id, enabled: $enabled) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.SetPortalAccessDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.DeleteUserDocument,
    "\n  mutation RestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.RestoreUserDocument,
    "\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation ForceReset($id: ID!) {\n    forceReset(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.ForceResetDocument,
    "\n  mutation ClearSignInLockout($id: ID!) {\n    clearSignInLockout(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.ClearSignInLockoutDocument,
    "\n  mutation ChangeRole($id: ID!, $roleId: ID!) {\n    changeRole(id: $id, roleId: $roleId) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.ChangeRoleDocument,
    "\n  mutation CreateActivationLink($userId: ID!) {\n    createActivationLink(userId: $userId) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n": typeof types.CreateActivationLinkDocument,
    "\n  mutation RevokeActivationLinks($userId: ID!) {\n    revokeActivationLinks(userId: $userId)\n  }\n": typeof types.RevokeActivationLinksDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n": typeof types.CreatePasswordResetLinkDocument,
    "\n  mutation RevokePasswordResetLinks($userId: ID!) {\n    revokePasswordResetLinks(userId: $userId)\n  }\n": typeof types.RevokePasswordResetLinksDocument,
    "\n  query UserActivity($userId: ID!) {\n    userActivity(userId: $userId) {\n      lastLoginAt\n      loginsLast7Days\n      loginsLast30Days\n      loginsLast365Days\n    }\n  }\n": typeof types.UserActivityDocument,
    "\n  query EffectivePermissions($userId: ID!) {\n    effectivePermissions(userId: $userId) {\n      key\n      state\n      missingPrerequisites\n      permission {\n        key\n        name\n        module\n      }\n      sources {\n        kind\n        roleId\n        roleName\n        path\n      }\n    }\n  }\n": typeof types.EffectivePermissionsDocument,
    "\n  query ExplainPermission($userId: ID!, $key: String!) {\n    explainPermission(userId: $userId, key: $key) {\n      key\n      status\n      sentence\n    }\n  }\n": typeof types.ExplainPermissionDocument,
    "\n  mutation GrantUserPermissions($userId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantUserPermissions(userId: $userId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n": typeof types.GrantUserPermissionsDocument,
    "\n  mutation RevokeUserPermissions($userId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeUserPermissions(userId: $userId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n": typeof types.RevokeUserPermissionsDocument,
    "\n  query UserName($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      username\n    }\n  }\n": typeof types.UserNameDocument,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          username\n          email\n          displayName\n          state\n          isActive\n          lastLoginAt\n          role {\n            id\n            name\n            isSystem\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query ExportUsers($filter: UserFilter) {\n    exportUsers(filter: $filter)\n  }\n": typeof types.ExportUsersDocument,
    "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      failed\n      rows {\n        line\n        username\n        status\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportUsersDocument,
};
const documents: Documents = {
    "\n  mutation ActivateAccount($token: String!, $password: String!) {\n    activateAccount(token: $token, password: $password)\n  }\n": types.ActivateAccountDocument,
    "\n  mutation ResetPasswordWithLink($token: String!, $password: String!) {\n    resetPasswordWithLink(token: $token, password: $password)\n  }\n": types.ResetPasswordWithLinkDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ip\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeMyOtherSessions {\n    revokeMyOtherSessions\n  }\n": types.RevokeMyOtherSessionsDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RegenerateApiToken($id: ID!) {\n    regenerateApiToken(id: $id) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n": types.RegenerateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actor {\n            userId\n            superAdminId\n            label\n          }\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          originIp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      specialCharacters\n      rejectCommon\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on PasswordChangeRequired {\n        changeToken\n        reason\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ... on TwoFactorEnrollmentRequired {\n        enrollmentToken\n        otpauthUri\n        qrCodeDataUrl\n        secret\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {\n    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n  }\n": types.VerifyTwoFactorDocument,
    "\n  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {\n    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {\n      recoveryCodes\n      session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n  }\n": types.ConfirmTwoFactorEnrollmentDocument,
    "\n  mutation CompletePasswordChange($newPassword: String!) {\n    completePasswordChange(newPassword: $newPassword) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ... on TwoFactorEnrollmentRequired {\n        enrollmentToken\n        otpauthUri\n        qrCodeDataUrl\n        secret\n      }\n    }\n  }\n": types.CompletePasswordChangeDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    isSuperAdmin\n    tenant {\n      id\n      slug\n      name\n    }\n    permissions\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query DevOutbox($limit: Int!) {\n    devOutbox(limit: $limit) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": types.DevOutboxDocument,
    "\n  query DevOutboxProbe {\n    devOutbox(limit: 1) {\n      id\n    }\n  }\n": types.DevOutboxProbeDocument,
    "\n  query PermissionMatrix {\n    permissionMatrix {\n      modules {\n        key\n        name\n        permissions {\n          key\n          name\n          description\n          prerequisites\n        }\n      }\n      rows {\n        role {\n          id\n          name\n          isSystem\n        }\n        cells {\n          key\n          state\n          toggleable\n          inheritedFrom {\n            roleId\n            roleName\n            path\n          }\n          missing\n        }\n      }\n    }\n  }\n": types.PermissionMatrixDocument,
    "\n  mutation GrantRolePermissions($roleId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n": types.GrantRolePermissionsDocument,
    "\n  mutation RevokeRolePermissions($roleId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeRolePermissions(roleId: $roleId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      rolesAffected {\n        roleId\n        roleName\n        inactive\n      }\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n": types.RevokeRolePermissionsDocument,
    "\n  query PermissionsReference {\n    permissionsReference {\n      key\n      name\n      group\n      accessPermission\n      permissions {\n        key\n        name\n        description\n        prerequisites\n      }\n    }\n  }\n": types.PermissionsReferenceDocument,
    "\n  query Roles($filter: RoleFilter) {\n    roles(filter: $filter) {\n      id\n      name\n      isSystem\n      deletedAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n      }\n    }\n  }\n": types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      isSystem\n      deletedAt\n      createdAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n        name\n        module\n      }\n    }\n  }\n": types.RoleDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation RenameRole($id: ID!, $name: String!) {\n    renameRole(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameRoleDocument,
    "\n  mutation SetRoleParents($id: ID!, $parentIds: [ID!]!) {\n    setRoleParents(id: $id, parentIds: $parentIds) {\n      id\n      parents {\n        id\n        name\n      }\n    }\n  }\n": types.SetRoleParentsDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": types.DeleteRoleDocument,
    "\n  mutation RestoreRole($id: ID!) {\n    restoreRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": types.RestoreRoleDocument,
    "\n  query Tenants {\n    tenants {\n      id\n      slug\n      name\n    }\n  }\n": types.TenantsDocument,
    "\n  mutation EnterTenant($tenantId: ID!) {\n    enterTenant(tenantId: $tenantId) {\n      id\n      slug\n      name\n    }\n  }\n": types.EnterTenantDocument,
    "\n  mutation LeaveTenant {\n    leaveTenant\n  }\n": types.LeaveTenantDocument,
    "\n  fragment UserDetailFields on User {\n    id\n    username\n    email\n    firstName\n    lastName\n    displayName\n    phone\n    jobTitle\n    department\n    location\n    origin\n    state\n    holdInvite\n    isActive\n    externalPlannerAccess\n    externalPurchasingAccess\n    portalAccess\n    twoFactorRequired\n    passwordChangeRequired\n    lastLoginAt\n    activatedAt\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    signInLockedUntil\n    role {\n      id\n      name\n      isSystem\n    }\n    approvalGroups {\n      id\n      name\n    }\n    holidayDelegations {\n      id\n      delegatorId\n      delegateId\n      startsOn\n      endsOn\n    }\n    links {\n      kind\n      status\n      createdAt\n      expiresAt\n      usedAt\n      revokedAt\n    }\n  }\n": types.UserDetailFieldsFragmentDoc,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserDetailFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserDetailFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ReleaseAccess($id: ID!) {\n    releaseAccess(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.ReleaseAccessDocument,
    "\n  mutation SetPortalAccess($id: ID!, $enabled: Boolean!) {\n    setPortalAccess(id: $id, enabled: $enabled) {\n      ...UserDetailFields\n    }\n  }\n": types.SetPortalAccessDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.DeleteUserDocument,
    "\n  mutation RestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.RestoreUserDocument,
    "\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      ...UserDetailFields\n    }\n  }\n": types.SetPasswordDocument,
    "\n  mutation ForceReset($id: ID!) {\n    forceReset(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.ForceResetDocument,
    "\n  mutation ClearSignInLockout($id: ID!) {\n    clearSignInLockout(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.ClearSignInLockoutDocument,
    "\n  mutation ChangeRole($id: ID!, $roleId: ID!) {\n    changeRole(id: $id, roleId: $roleId) {\n      ...UserDetailFields\n    }\n  }\n": types.ChangeRoleDocument,
    "\n  mutation CreateActivationLink($userId: ID!) {\n    createActivationLink(userId: $userId) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n": types.CreateActivationLinkDocument,
    "\n  mutation RevokeActivationLinks($userId: ID!) {\n    revokeActivationLinks(userId: $userId)\n  }\n": types.RevokeActivationLinksDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n": types.CreatePasswordResetLinkDocument,
    "\n  mutation RevokePasswordResetLinks($userId: ID!) {\n    revokePasswordResetLinks(userId: $userId)\n  }\n": types.RevokePasswordResetLinksDocument,
    "\n  query UserActivity($userId: ID!) {\n    userActivity(userId: $userId) {\n      lastLoginAt\n      loginsLast7Days\n      loginsLast30Days\n      loginsLast365Days\n    }\n  }\n": types.UserActivityDocument,
    "\n  query EffectivePermissions($userId: ID!) {\n    effectivePermissions(userId: $userId) {\n      key\n      state\n      missingPrerequisites\n      permission {\n        key\n        name\n        module\n      }\n      sources {\n        kind\n        roleId\n        roleName\n        path\n      }\n    }\n  }\n": types.EffectivePermissionsDocument,
    "\n  query ExplainPermission($userId: ID!, $key: String!) {\n    explainPermission(userId: $userId, key: $key) {\n      key\n      status\n      sentence\n    }\n  }\n": types.ExplainPermissionDocument,
    "\n  mutation GrantUserPermissions($userId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantUserPermissions(userId: $userId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n": types.GrantUserPermissionsDocument,
    "\n  mutation RevokeUserPermissions($userId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeUserPermissions(userId: $userId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n": types.RevokeUserPermissionsDocument,
    "\n  query UserName($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      username\n    }\n  }\n": types.UserNameDocument,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          username\n          email\n          displayName\n          state\n          isActive\n          lastLoginAt\n          role {\n            id\n            name\n            isSystem\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query ExportUsers($filter: UserFilter) {\n    exportUsers(filter: $filter)\n  }\n": types.ExportUsersDocument,
    "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      failed\n      rows {\n        line\n        username\n        status\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n": types.ImportUsersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateAccount($token: String!, $password: String!) {\n    activateAccount(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ActivateAccount($token: String!, $password: String!) {\n    activateAccount(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordWithLink($token: String!, $password: String!) {\n    resetPasswordWithLink(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPasswordWithLink($token: String!, $password: String!) {\n    resetPasswordWithLink(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ip\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ip\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMyOtherSessions {\n    revokeMyOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeMyOtherSessions {\n    revokeMyOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateApiToken($id: ID!) {\n    regenerateApiToken(id: $id) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateApiToken($id: ID!) {\n    regenerateApiToken(id: $id) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        expiresAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actor {\n            userId\n            superAdminId\n            label\n          }\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          originIp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actor {\n            userId\n            superAdminId\n            label\n          }\n          action\n          targetType\n          targetId\n          targetLabel\n          before\n          after\n          originIp\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      specialCharacters\n      rejectCommon\n    }\n  }\n"): (typeof documents)["\n  query PasswordPolicy {\n    passwordPolicy {\n      minLength\n      maxLength\n      requireUpper\n      requireLower\n      requireDigit\n      requireSpecial\n      specialCharacters\n      rejectCommon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on PasswordChangeRequired {\n        changeToken\n        reason\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ... on TwoFactorEnrollmentRequired {\n        enrollmentToken\n        otpauthUri\n        qrCodeDataUrl\n        secret\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on PasswordChangeRequired {\n        changeToken\n        reason\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ... on TwoFactorEnrollmentRequired {\n        enrollmentToken\n        otpauthUri\n        qrCodeDataUrl\n        secret\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {\n    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {\n    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {\n    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {\n      recoveryCodes\n      session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {\n    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {\n      recoveryCodes\n      session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePasswordChange($newPassword: String!) {\n    completePasswordChange(newPassword: $newPassword) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ... on TwoFactorEnrollmentRequired {\n        enrollmentToken\n        otpauthUri\n        qrCodeDataUrl\n        secret\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePasswordChange($newPassword: String!) {\n    completePasswordChange(newPassword: $newPassword) {\n      __typename\n      ... on Session {\n        accessToken\n        expiresAt\n        viewer {\n          ...ViewerFields\n        }\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ... on TwoFactorEnrollmentRequired {\n        enrollmentToken\n        otpauthUri\n        qrCodeDataUrl\n        secret\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    isSuperAdmin\n    tenant {\n      id\n      slug\n      name\n    }\n    permissions\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    isSuperAdmin\n    tenant {\n      id\n      slug\n      name\n    }\n    permissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevOutbox($limit: Int!) {\n    devOutbox(limit: $limit) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DevOutbox($limit: Int!) {\n    devOutbox(limit: $limit) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevOutboxProbe {\n    devOutbox(limit: 1) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DevOutboxProbe {\n    devOutbox(limit: 1) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionMatrix {\n    permissionMatrix {\n      modules {\n        key\n        name\n        permissions {\n          key\n          name\n          description\n          prerequisites\n        }\n      }\n      rows {\n        role {\n          id\n          name\n          isSystem\n        }\n        cells {\n          key\n          state\n          toggleable\n          inheritedFrom {\n            roleId\n            roleName\n            path\n          }\n          missing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PermissionMatrix {\n    permissionMatrix {\n      modules {\n        key\n        name\n        permissions {\n          key\n          name\n          description\n          prerequisites\n        }\n      }\n      rows {\n        role {\n          id\n          name\n          isSystem\n        }\n        cells {\n          key\n          state\n          toggleable\n          inheritedFrom {\n            roleId\n            roleName\n            path\n          }\n          missing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRolePermissions($roleId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRolePermissions($roleId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRolePermissions($roleId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeRolePermissions(roleId: $roleId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      rolesAffected {\n        roleId\n        roleName\n        inactive\n      }\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRolePermissions($roleId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeRolePermissions(roleId: $roleId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      rolesAffected {\n        roleId\n        roleName\n        inactive\n      }\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionsReference {\n    permissionsReference {\n      key\n      name\n      group\n      accessPermission\n      permissions {\n        key\n        name\n        description\n        prerequisites\n      }\n    }\n  }\n"): (typeof documents)["\n  query PermissionsReference {\n    permissionsReference {\n      key\n      name\n      group\n      accessPermission\n      permissions {\n        key\n        name\n        description\n        prerequisites\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles($filter: RoleFilter) {\n    roles(filter: $filter) {\n      id\n      name\n      isSystem\n      deletedAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roles($filter: RoleFilter) {\n    roles(filter: $filter) {\n      id\n      name\n      isSystem\n      deletedAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      isSystem\n      deletedAt\n      createdAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n        name\n        module\n      }\n    }\n  }\n"): (typeof documents)["\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      isSystem\n      deletedAt\n      createdAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n        name\n        module\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameRole($id: ID!, $name: String!) {\n    renameRole(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameRole($id: ID!, $name: String!) {\n    renameRole(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoleParents($id: ID!, $parentIds: [ID!]!) {\n    setRoleParents(id: $id, parentIds: $parentIds) {\n      id\n      parents {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoleParents($id: ID!, $parentIds: [ID!]!) {\n    setRoleParents(id: $id, parentIds: $parentIds) {\n      id\n      parents {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRole($id: ID!) {\n    restoreRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreRole($id: ID!) {\n    restoreRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants {\n    tenants {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query Tenants {\n    tenants {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterTenant($tenantId: ID!) {\n    enterTenant(tenantId: $tenantId) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation EnterTenant($tenantId: ID!) {\n    enterTenant(tenantId: $tenantId) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveTenant {\n    leaveTenant\n  }\n"): (typeof documents)["\n  mutation LeaveTenant {\n    leaveTenant\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserDetailFields on User {\n    id\n    username\n    email\n    firstName\n    lastName\n    displayName\n    phone\n    jobTitle\n    department\n    location\n    origin\n    state\n    holdInvite\n    isActive\n    externalPlannerAccess\n    externalPurchasingAccess\n    portalAccess\n    twoFactorRequired\n    passwordChangeRequired\n    lastLoginAt\n    activatedAt\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    signInLockedUntil\n    role {\n      id\n      name\n      isSystem\n    }\n    approvalGroups {\n      id\n      name\n    }\n    holidayDelegations {\n      id\n      delegatorId\n      delegateId\n      startsOn\n      endsOn\n    }\n    links {\n      kind\n      status\n      createdAt\n      expiresAt\n      usedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  fragment UserDetailFields on User {\n    id\n    username\n    email\n    firstName\n    lastName\n    displayName\n    phone\n    jobTitle\n    department\n    location\n    origin\n    state\n    holdInvite\n    isActive\n    externalPlannerAccess\n    externalPurchasingAccess\n    portalAccess\n    twoFactorRequired\n    passwordChangeRequired\n    lastLoginAt\n    activatedAt\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    signInLockedUntil\n    role {\n      id\n      name\n      isSystem\n    }\n    approvalGroups {\n      id\n      name\n    }\n    holidayDelegations {\n      id\n      delegatorId\n      delegateId\n      startsOn\n      endsOn\n    }\n    links {\n      kind\n      status\n      createdAt\n      expiresAt\n      usedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseAccess($id: ID!) {\n    releaseAccess(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseAccess($id: ID!) {\n    releaseAccess(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPortalAccess($id: ID!, $enabled: Boolean!) {\n    setPortalAccess(id: $id, enabled: $enabled) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPortalAccess($id: ID!, $enabled: Boolean!) {\n    setPortalAccess(id: $id, enabled: $enabled) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!) {\n    resetPassword(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForceReset($id: ID!) {\n    forceReset(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForceReset($id: ID!) {\n    forceReset(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearSignInLockout($id: ID!) {\n    clearSignInLockout(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearSignInLockout($id: ID!) {\n    clearSignInLockout(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRole($id: ID!, $roleId: ID!) {\n    changeRole(id: $id, roleId: $roleId) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeRole($id: ID!, $roleId: ID!) {\n    changeRole(id: $id, roleId: $roleId) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivationLink($userId: ID!) {\n    createActivationLink(userId: $userId) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivationLink($userId: ID!) {\n    createActivationLink(userId: $userId) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeActivationLinks($userId: ID!) {\n    revokeActivationLinks(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RevokeActivationLinks($userId: ID!) {\n    revokeActivationLinks(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      url\n      expiresAt\n      emailed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePasswordResetLinks($userId: ID!) {\n    revokePasswordResetLinks(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RevokePasswordResetLinks($userId: ID!) {\n    revokePasswordResetLinks(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserActivity($userId: ID!) {\n    userActivity(userId: $userId) {\n      lastLoginAt\n      loginsLast7Days\n      loginsLast30Days\n      loginsLast365Days\n    }\n  }\n"): (typeof documents)["\n  query UserActivity($userId: ID!) {\n    userActivity(userId: $userId) {\n      lastLoginAt\n      loginsLast7Days\n      loginsLast30Days\n      loginsLast365Days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectivePermissions($userId: ID!) {\n    effectivePermissions(userId: $userId) {\n      key\n      state\n      missingPrerequisites\n      permission {\n        key\n        name\n        module\n      }\n      sources {\n        kind\n        roleId\n        roleName\n        path\n      }\n    }\n  }\n"): (typeof documents)["\n  query EffectivePermissions($userId: ID!) {\n    effectivePermissions(userId: $userId) {\n      key\n      state\n      missingPrerequisites\n      permission {\n        key\n        name\n        module\n      }\n      sources {\n        kind\n        roleId\n        roleName\n        path\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainPermission($userId: ID!, $key: String!) {\n    explainPermission(userId: $userId, key: $key) {\n      key\n      status\n      sentence\n    }\n  }\n"): (typeof documents)["\n  query ExplainPermission($userId: ID!, $key: String!) {\n    explainPermission(userId: $userId, key: $key) {\n      key\n      status\n      sentence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantUserPermissions($userId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantUserPermissions(userId: $userId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n"): (typeof documents)["\n  mutation GrantUserPermissions($userId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantUserPermissions(userId: $userId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserPermissions($userId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeUserPermissions(userId: $userId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeUserPermissions($userId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeUserPermissions(userId: $userId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserName($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      username\n    }\n  }\n"): (typeof documents)["\n  query UserName($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          username\n          email\n          displayName\n          state\n          isActive\n          lastLoginAt\n          role {\n            id\n            name\n            isSystem\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          username\n          email\n          displayName\n          state\n          isActive\n          lastLoginAt\n          role {\n            id\n            name\n            isSystem\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportUsers($filter: UserFilter) {\n    exportUsers(filter: $filter)\n  }\n"): (typeof documents)["\n  query ExportUsers($filter: UserFilter) {\n    exportUsers(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      failed\n      rows {\n        line\n        username\n        status\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      failed\n      rows {\n        line\n        username\n        status\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;