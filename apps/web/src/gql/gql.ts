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
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RegenerateApiToken($id: ID!) {\n    regenerateApiToken(id: $id) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.RegenerateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment ApprovalGroupFields on ApprovalGroup {\n    id\n    name\n    memberCount\n    members {\n      id\n      displayName\n      username\n    }\n  }\n": typeof types.ApprovalGroupFieldsFragmentDoc,
    "\n  fragment HolidayDelegationFields on HolidayDelegation {\n    id\n    startsOn\n    endsOn\n    status\n    delegatorId\n    delegateId\n    delegator {\n      id\n      displayName\n    }\n    delegate {\n      id\n      displayName\n    }\n  }\n": typeof types.HolidayDelegationFieldsFragmentDoc,
    "\n  query ApprovalGroups {\n    approvalGroups {\n      ...ApprovalGroupFields\n    }\n  }\n": typeof types.ApprovalGroupsDocument,
    "\n  query HolidayDelegations($filter: HolidayDelegationFilter) {\n    holidayDelegations(filter: $filter) {\n      ...HolidayDelegationFields\n    }\n  }\n": typeof types.HolidayDelegationsDocument,
    "\n  mutation CreateApprovalGroup($input: CreateApprovalGroupInput!) {\n    createApprovalGroup(input: $input) {\n      ...ApprovalGroupFields\n    }\n  }\n": typeof types.CreateApprovalGroupDocument,
    "\n  mutation RenameApprovalGroup($id: ID!, $name: String!) {\n    renameApprovalGroup(id: $id, name: $name) {\n      ...ApprovalGroupFields\n    }\n  }\n": typeof types.RenameApprovalGroupDocument,
    "\n  mutation DeleteApprovalGroup($id: ID!) {\n    deleteApprovalGroup(id: $id)\n  }\n": typeof types.DeleteApprovalGroupDocument,
    "\n  mutation AddApprovalGroupMembers($groupId: ID!, $userIds: [ID!]!) {\n    addApprovalGroupMembers(groupId: $groupId, userIds: $userIds) {\n      ...ApprovalGroupFields\n    }\n  }\n": typeof types.AddApprovalGroupMembersDocument,
    "\n  mutation RemoveApprovalGroupMember($groupId: ID!, $userId: ID!) {\n    removeApprovalGroupMember(groupId: $groupId, userId: $userId) {\n      ...ApprovalGroupFields\n    }\n  }\n": typeof types.RemoveApprovalGroupMemberDocument,
    "\n  mutation CreateHolidayDelegation($input: CreateHolidayDelegationInput!) {\n    createHolidayDelegation(input: $input) {\n      ...HolidayDelegationFields\n    }\n  }\n": typeof types.CreateHolidayDelegationDocument,
    "\n  mutation RemoveHolidayDelegation($id: ID!) {\n    removeHolidayDelegation(id: $id)\n  }\n": typeof types.RemoveHolidayDelegationDocument,
    "\n  query AuditPickerUsers($name: String!, $states: [UserState!]) {\n    users(first: 8, filter: { name: $name, states: $states }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          displayName\n          username\n        }\n      }\n    }\n  }\n": typeof types.AuditPickerUsersDocument,
    "\n  query AuditPickerUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      username\n    }\n  }\n": typeof types.AuditPickerUserDocument,
    "\n  query PlatformAuditPicker {\n    superAdmins {\n      id\n      displayName\n      username\n    }\n    tenants {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.PlatformAuditPickerDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    occurredAt\n    actor {\n      userId\n      superAdminId\n      label\n    }\n    action\n    targetType\n    targetId\n    targetLabel\n    before\n    after\n    originIp\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query PlatformAuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    platformAuditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PlatformAuditEntriesDocument,
    "\n  fragment AuditChainFields on AuditChainStatus {\n    entries\n    sealedEntries\n    verifiedUpTo\n    sealedAt\n    sealIntact\n  }\n": typeof types.AuditChainFieldsFragmentDoc,
    "\n  query AuditChain {\n    auditChain {\n      ...AuditChainFields\n    }\n  }\n": typeof types.AuditChainDocument,
    "\n  query PlatformAuditChain {\n    platformAuditChain {\n      ...AuditChainFields\n    }\n  }\n": typeof types.PlatformAuditChainDocument,
    "\n  fragment PasswordPolicyFields on PasswordPolicy {\n    minLength\n    maxLength\n    requireUpper\n    requireLower\n    requireDigit\n    requireSpecial\n    specialCharacters\n    rejectCommon\n  }\n": typeof types.PasswordPolicyFieldsFragmentDoc,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      ...PasswordPolicyFields\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  query SignInOptions($organisation: String!) {\n    signInOptions(organisation: $organisation) {\n      passwordSignIn\n      sso {\n        displayName\n        startUrl\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  fragment SessionFields on Session {\n    accessToken\n    expiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  fragment TwoFactorEnrollmentFields on TwoFactorEnrollmentRequired {\n    enrollmentToken\n    otpauthUri\n    qrCodeDataUrl\n    secret\n  }\n": typeof types.TwoFactorEnrollmentFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ...SessionFields\n      ... on PasswordChangeRequired {\n        changeToken\n        reason\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ...TwoFactorEnrollmentFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {\n    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {\n      __typename\n      ...SessionFields\n    }\n  }\n": typeof types.VerifyTwoFactorDocument,
    "\n  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {\n    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {\n      recoveryCodes\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.ConfirmTwoFactorEnrollmentDocument,
    "\n  mutation CompletePasswordChange($newPassword: String!) {\n    completePasswordChange(newPassword: $newPassword) {\n      __typename\n      ...SessionFields\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ...TwoFactorEnrollmentFields\n    }\n  }\n": typeof types.CompletePasswordChangeDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    isSuperAdmin\n    tenant {\n      id\n      slug\n      name\n      authenticationMode\n      externalAuthorization\n      localPasswordFallback\n    }\n    permissions\n    origin\n    portalStatus\n    timeZone\n    ownTimeZone\n    tenantTimeZone\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MailDelivery {\n    mailDelivery(limit: 100) {\n      smtp\n      messages {\n        id\n        to\n        subject\n        status\n        attempts\n        nextAttemptAt\n        lastError\n        createdAt\n      }\n    }\n  }\n": typeof types.MailDeliveryDocument,
    "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastError\n    }\n  }\n": typeof types.RetryMailDocument,
    "\n  fragment SsoConfigurationFields on SsoConfiguration {\n    displayName\n    issuerUrl\n    clientId\n    clientSecretSet\n    scopes\n    claimMapping {\n      username\n      email\n      firstName\n      lastName\n      role\n    }\n    roleMappings {\n      claimValue\n      role {\n        id\n        name\n      }\n    }\n    redirectUri\n    updatedAt\n  }\n": typeof types.SsoConfigurationFieldsFragmentDoc,
    "\n  query SsoConfiguration {\n    ssoConfiguration {\n      ...SsoConfigurationFields\n    }\n  }\n": typeof types.SsoConfigurationDocument,
    "\n  mutation UpdateSsoConfiguration($input: UpdateSsoConfigurationInput!) {\n    updateSsoConfiguration(input: $input) {\n      ...SsoConfigurationFields\n    }\n  }\n": typeof types.UpdateSsoConfigurationDocument,
    "\n  mutation RemoveSsoConfiguration {\n    removeSsoConfiguration\n  }\n": typeof types.RemoveSsoConfigurationDocument,
    "\n  fragment SsoConnectionReportFields on SsoConnectionReport {\n    ok\n    reason\n    message\n    issuer\n    authorizationEndpoint\n    tokenEndpoint\n    userinfoEndpoint\n    jwksUri\n    keyCount\n    keyAlgorithms\n    scopesSupported\n    pkceS256\n  }\n": typeof types.SsoConnectionReportFieldsFragmentDoc,
    "\n  mutation TestSsoConnection($issuerUrl: String) {\n    testSsoConnection(issuerUrl: $issuerUrl) {\n      ...SsoConnectionReportFields\n    }\n  }\n": typeof types.TestSsoConnectionDocument,
    "\n  fragment TenantSettingsFields on TenantSettings {\n    authenticationMode\n    externalAuthorization\n    localPasswordFallback\n    defaultRole {\n      id\n      name\n    }\n    twoFactorRequiredForAll\n    lockoutMaxFailures\n    lockoutSeconds\n    lockoutMaxSeconds\n    sessionLifetimeDays\n    accessTokenTtlSeconds\n    timeZone\n    passwordPolicy {\n      ...PasswordPolicyFields\n    }\n    platformDefaults {\n      lockoutMaxFailures\n      lockoutSeconds\n      lockoutMaxSeconds\n      sessionLifetimeDays\n      accessTokenTtlSeconds\n    }\n  }\n": typeof types.TenantSettingsFieldsFragmentDoc,
    "\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      ...PasswordPolicyFields\n    }\n  }\n": typeof types.UpdatePasswordPolicyDocument,
    "\n  query DevOutbox($limit: Int!) {\n    devOutbox(limit: $limit) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": typeof types.DevOutboxDocument,
    "\n  query DevOutboxProbe {\n    devOutbox(limit: 1) {\n      id\n    }\n  }\n": typeof types.DevOutboxProbeDocument,
    "\n  query PermissionMatrix {\n    permissionMatrix {\n      modules {\n        key\n        name\n        permissions {\n          key\n          name\n          description\n          prerequisites\n        }\n      }\n      rows {\n        role {\n          id\n          name\n          isSystem\n        }\n        cells {\n          key\n          state\n          toggleable\n          inheritedFrom {\n            roleId\n            roleName\n            path\n          }\n          missing\n        }\n      }\n    }\n  }\n": typeof types.PermissionMatrixDocument,
    "\n  mutation GrantRolePermissions($roleId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n": typeof types.GrantRolePermissionsDocument,
    "\n  mutation RevokeRolePermissions($roleId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeRolePermissions(roleId: $roleId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      rolesAffected {\n        roleId\n        roleName\n        inactive\n      }\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n": typeof types.RevokeRolePermissionsDocument,
    "\n  query PermissionsReference {\n    permissionsReference {\n      key\n      name\n      group\n      accessPermission\n      permissions {\n        key\n        name\n        description\n        prerequisites\n      }\n    }\n  }\n": typeof types.PermissionsReferenceDocument,
    "\n  fragment CertificationFields on Certification {\n    id\n    name\n    expiresOn\n    status\n    valid\n    expired\n    reviewNote\n    reviewedAt\n    proofs {\n      id\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n": typeof types.CertificationFieldsFragmentDoc,
    "\n  fragment CertificationReviewFields on Certification {\n    ...CertificationFields\n    proofs {\n      id\n      downloadUrl\n    }\n  }\n": typeof types.CertificationReviewFieldsFragmentDoc,
    "\n  query CertificationsToReview {\n    certificationsToReview {\n      ...CertificationReviewFields\n      worker {\n        id\n        displayName\n        username\n      }\n    }\n  }\n": typeof types.CertificationsToReviewDocument,
    "\n  mutation AssignCertification($userId: ID!, $name: String!, $expiresOn: String) {\n    assignCertification(userId: $userId, name: $name, expiresOn: $expiresOn) {\n      ...CertificationReviewFields\n    }\n  }\n": typeof types.AssignCertificationDocument,
    "\n  mutation RemoveCertification($id: ID!) {\n    removeCertification(id: $id) {\n      ...WorkerProfileFields\n    }\n  }\n": typeof types.RemoveCertificationDocument,
    "\n  mutation ApproveCertification($id: ID!, $note: String) {\n    approveCertification(id: $id, note: $note) {\n      ...CertificationReviewFields\n    }\n  }\n": typeof types.ApproveCertificationDocument,
    "\n  mutation RejectCertification($id: ID!, $reason: String!) {\n    rejectCertification(id: $id, reason: $reason) {\n      ...CertificationReviewFields\n    }\n  }\n": typeof types.RejectCertificationDocument,
    "\n  fragment PlannerUserFields on PlannerUser {\n    id\n    username\n    displayName\n    firstName\n    lastName\n    email\n    phone\n    jobTitle\n    affiliation\n    inviteStatus\n    portalAccess\n    lastLoginAt\n  }\n": typeof types.PlannerUserFieldsFragmentDoc,
    "\n  query PlannerUsers($first: Int!, $after: String, $filter: PlannerUserFilter) {\n    plannerUsers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PlannerUserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PlannerUsersDocument,
    "\n  mutation AddExternalPlannerUser($input: AddExternalPlannerUserInput!) {\n    addExternalPlannerUser(input: $input) {\n      ...PlannerUserFields\n    }\n  }\n": typeof types.AddExternalPlannerUserDocument,
    "\n  mutation ActivateAndInvite($userId: ID!) {\n    activateAndInvite(userId: $userId) {\n      ...PlannerUserFields\n    }\n  }\n": typeof types.ActivateAndInviteDocument,
    "\n  fragment AfterShiftReportFields on AfterShiftReport {\n    id\n    hoursWorked\n    notes\n    incidents\n    submittedAt\n    status\n    reviewedAt\n    reviewNote\n    shift {\n      id\n      title\n      startsAt\n      endsAt\n      location\n    }\n    worker {\n      id\n      displayName\n      username\n    }\n  }\n": typeof types.AfterShiftReportFieldsFragmentDoc,
    "\n  query AfterShiftReports($status: ReportStatus) {\n    afterShiftReports(status: $status) {\n      ...AfterShiftReportFields\n    }\n  }\n": typeof types.AfterShiftReportsDocument,
    "\n  mutation ReviewAfterShiftReport($id: ID!, $note: String) {\n    reviewAfterShiftReport(id: $id, note: $note) {\n      ...AfterShiftReportFields\n    }\n  }\n": typeof types.ReviewAfterShiftReportDocument,
    "\n  fragment ShiftSummaryFields on Shift {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    headcount\n    filled\n    cancelledAt\n    requiredSkill {\n      id\n      name\n    }\n  }\n": typeof types.ShiftSummaryFieldsFragmentDoc,
    "\n  fragment ShiftDetailFields on Shift {\n    ...ShiftSummaryFields\n    notes\n    offers {\n      id\n      status\n      offeredAt\n      respondedAt\n      worker {\n        id\n        displayName\n        username\n      }\n    }\n  }\n": typeof types.ShiftDetailFieldsFragmentDoc,
    "\n  query Shifts($filter: ShiftFilter) {\n    shifts(filter: $filter) {\n      ...ShiftSummaryFields\n    }\n  }\n": typeof types.ShiftsDocument,
    "\n  query Shift($id: ID!) {\n    shift(id: $id) {\n      ...ShiftDetailFields\n    }\n  }\n": typeof types.ShiftDocument,
    "\n  mutation CreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      ...ShiftDetailFields\n    }\n  }\n": typeof types.CreateShiftDocument,
    "\n  mutation CancelShift($id: ID!) {\n    cancelShift(id: $id) {\n      ...ShiftDetailFields\n    }\n  }\n": typeof types.CancelShiftDocument,
    "\n  mutation OfferShift($shiftId: ID!, $userIds: [ID!]!) {\n    offerShift(shiftId: $shiftId, userIds: $userIds) {\n      ...ShiftDetailFields\n    }\n  }\n": typeof types.OfferShiftDocument,
    "\n  mutation AssignShift($shiftId: ID!, $userId: ID!) {\n    assignShift(shiftId: $shiftId, userId: $userId) {\n      ...ShiftDetailFields\n    }\n  }\n": typeof types.AssignShiftDocument,
    "\n  mutation WithdrawShiftOffer($offerId: ID!) {\n    withdrawShiftOffer(offerId: $offerId) {\n      ...ShiftDetailFields\n    }\n  }\n": typeof types.WithdrawShiftOfferDocument,
    "\n  query Skills {\n    skills {\n      id\n      name\n    }\n  }\n": typeof types.SkillsDocument,
    "\n  mutation CreateSkill($name: String!) {\n    createSkill(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.CreateSkillDocument,
    "\n  mutation AssignSkill($userId: ID!, $skillId: ID!, $level: Int!) {\n    assignSkill(userId: $userId, skillId: $skillId, level: $level) {\n      ...WorkerProfileFields\n    }\n  }\n": typeof types.AssignSkillDocument,
    "\n  mutation RemoveSkill($userId: ID!, $skillId: ID!) {\n    removeSkill(userId: $userId, skillId: $skillId) {\n      ...WorkerProfileFields\n    }\n  }\n": typeof types.RemoveSkillDocument,
    "\n  fragment TimeOffRequestFields on TimeOffRequest {\n    id\n    startDate\n    endDate\n    reason\n    status\n    createdAt\n    reviewedAt\n    reviewNote\n  }\n": typeof types.TimeOffRequestFieldsFragmentDoc,
    "\n  fragment TimeOffFields on TimeOffRequest {\n    ...TimeOffRequestFields\n    worker {\n      id\n      displayName\n      username\n    }\n  }\n": typeof types.TimeOffFieldsFragmentDoc,
    "\n  query TimeOffRequests($status: TimeOffStatus) {\n    timeOffRequests(status: $status) {\n      ...TimeOffFields\n    }\n  }\n": typeof types.TimeOffRequestsDocument,
    "\n  mutation ApproveTimeOff($id: ID!, $note: String) {\n    approveTimeOff(id: $id, note: $note) {\n      ...TimeOffFields\n    }\n  }\n": typeof types.ApproveTimeOffDocument,
    "\n  mutation RejectTimeOff($id: ID!, $reason: String!) {\n    rejectTimeOff(id: $id, reason: $reason) {\n      ...TimeOffFields\n    }\n  }\n": typeof types.RejectTimeOffDocument,
    "\n  fragment WorkerDetailsFields on WorkerDetails {\n    firstName\n    lastName\n    phone\n    address\n    emergencyContactName\n    emergencyContactPhone\n    updatedAt\n    updatedBy\n  }\n": typeof types.WorkerDetailsFieldsFragmentDoc,
    "\n  fragment WorkerProfileFields on WorkerProfile {\n    user {\n      ...PlannerUserFields\n    }\n    details {\n      ...WorkerDetailsFields\n    }\n    compensation {\n      payType\n      rate\n      currency\n    }\n    skills {\n      skill {\n        id\n        name\n      }\n      level\n      selfRating\n      selfRatedAt\n    }\n    certifications {\n      ...CertificationReviewFields\n    }\n    workingHours {\n      ...WorkingHoursFields\n    }\n    restrictions\n    unavailableDays {\n      id\n      date\n      source\n    }\n  }\n": typeof types.WorkerProfileFieldsFragmentDoc,
    "\n  query WorkerProfile($userId: ID!) {\n    workerProfile(userId: $userId) {\n      ...WorkerProfileFields\n    }\n  }\n": typeof types.WorkerProfileDocument,
    "\n  mutation UpdateWorkerDetails($userId: ID!, $input: WorkerDetailsInput!) {\n    updateWorkerDetails(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n": typeof types.UpdateWorkerDetailsDocument,
    "\n  mutation SetCompensation($userId: ID!, $input: CompensationInput!) {\n    setCompensation(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n": typeof types.SetCompensationDocument,
    "\n  mutation SetWorkingHours($userId: ID!, $input: WorkingHoursInput!) {\n    setWorkingHours(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n": typeof types.SetWorkingHoursDocument,
    "\n  mutation SetRestrictions($userId: ID!, $restrictions: [String!]!) {\n    setRestrictions(userId: $userId, restrictions: $restrictions) {\n      ...WorkerProfileFields\n    }\n  }\n": typeof types.SetRestrictionsDocument,
    "\n  fragment WorkingHoursFields on WorkingHours {\n    contractedHoursPerWeek\n    maxHoursPerWeek\n    days {\n      weekday\n      start\n      end\n    }\n  }\n": typeof types.WorkingHoursFieldsFragmentDoc,
    "\n  query Roles($filter: RoleFilter) {\n    roles(filter: $filter) {\n      id\n      name\n      isSystem\n      deletedAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n      }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      isSystem\n      deletedAt\n      createdAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n        name\n        module\n      }\n    }\n  }\n": typeof types.RoleDocument,
    "\n  query RoleInheritance($id: ID!) {\n    role(id: $id) {\n      id\n      inheritanceGraph {\n        roles {\n          id\n          name\n          isSystem\n        }\n        links {\n          childId\n          parentId\n          inheritedPermissionsCount\n        }\n      }\n    }\n  }\n": typeof types.RoleInheritanceDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation RenameRole($id: ID!, $name: String!) {\n    renameRole(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameRoleDocument,
    "\n  mutation SetRoleParents($id: ID!, $parentIds: [ID!]!) {\n    setRoleParents(id: $id, parentIds: $parentIds) {\n      id\n      parents {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetRoleParentsDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  mutation RestoreRole($id: ID!) {\n    restoreRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.RestoreRoleDocument,
    "\n  fragment SuperAdminFields on SuperAdmin {\n    id\n    username\n    displayName\n    email\n    active\n    deactivatedAt\n    twoFactorRequired\n    twoFactorEnabled\n    lastLoginAt\n    createdAt\n  }\n": typeof types.SuperAdminFieldsFragmentDoc,
    "\n  query SuperAdmins {\n    superAdmins {\n      ...SuperAdminFields\n    }\n  }\n": typeof types.SuperAdminsDocument,
    "\n  mutation CreateSuperAdmin($input: CreateSuperAdminInput!) {\n    createSuperAdmin(input: $input) {\n      ...SuperAdminFields\n    }\n  }\n": typeof types.CreateSuperAdminDocument,
    "\n  mutation DeactivateSuperAdmin($id: ID!) {\n    deactivateSuperAdmin(id: $id) {\n      ...SuperAdminFields\n    }\n  }\n": typeof types.DeactivateSuperAdminDocument,
    "\n  mutation ReactivateSuperAdmin($id: ID!) {\n    reactivateSuperAdmin(id: $id) {\n      ...SuperAdminFields\n    }\n  }\n": typeof types.ReactivateSuperAdminDocument,
    "\n  fragment TenantFields on Tenant {\n    id\n    slug\n    name\n    status\n    suspendedAt\n    createdAt\n  }\n": typeof types.TenantFieldsFragmentDoc,
    "\n  query Tenants($filter: TenantFilter) {\n    tenants(filter: $filter) {\n      ...TenantFields\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation RenameTenant($id: ID!, $name: String!) {\n    renameTenant(id: $id, name: $name) {\n      ...TenantFields\n    }\n  }\n": typeof types.RenameTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantFields\n    }\n  }\n": typeof types.SuspendTenantDocument,
    "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n": typeof types.ReactivateTenantDocument,
    "\n  mutation EnterTenant($tenantId: ID!) {\n    enterTenant(tenantId: $tenantId) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.EnterTenantDocument,
    "\n  mutation LeaveTenant {\n    leaveTenant\n  }\n": typeof types.LeaveTenantDocument,
    "\n  mutation ResetTwoFactor($id: ID!) {\n    resetTwoFactor(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": typeof types.ResetTwoFactorDocument,
    "\n  query UserApiTokens($userId: ID!) {\n    userApiTokens(userId: $userId) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.UserApiTokensDocument,
    "\n  mutation CreateUserApiToken($userId: ID!, $name: String!, $expiresAt: DateTimeISO) {\n    createUserApiToken(userId: $userId, name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateUserApiTokenDocument,
    "\n  mutation RevokeUserApiToken($userId: ID!, $id: ID!) {\n    revokeUserApiToken(userId: $userId, id: $id)\n  }\n": typeof types.RevokeUserApiTokenDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ip\n    }\n  }\n": typeof types.UserSessionsDocument,
    "\n  mutation RevokeAllSessions($userId: ID!) {\n    revokeAllSessions(userId: $userId)\n  }\n": typeof types.RevokeAllSessionsDocument,
    "\n  fragment UserDetailFields on User {\n    id\n    username\n    email\n    firstName\n    lastName\n    displayName\n    phone\n    jobTitle\n    department\n    location\n    timeZone\n    effectiveTimeZone\n    origin\n    state\n    holdInvite\n    isActive\n    externalPlannerAccess\n    externalPurchasingAccess\n    portalAccess\n    twoFactorRequired\n    twoFactorEnabled\n    twoFactorEnrolledAt\n    passwordChangeRequired\n    lastLoginAt\n    activatedAt\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    signInLockedUntil\n    role {\n      id\n      name\n      isSystem\n    }\n    approvalGroups {\n      id\n      name\n    }\n    holidayDelegations {\n      id\n      delegatorId\n      delegateId\n      startsOn\n      endsOn\n      delegator {\n        id\n        displayName\n      }\n      delegate {\n        id\n        displayName\n      }\n    }\n    links {\n      kind\n      status\n      createdAt\n      expiresAt\n      usedAt\n      revokedAt\n    }\n  }\n": typeof types.UserDetailFieldsFragmentDoc,
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
    "\n  query UserActivity($userId: ID!) {\n    userActivity(userId: $userId) {\n      lastLoginAt\n      loginsLast7Days\n      loginsLast30Days\n      loginsLast365Days\n      signInsSince\n      signInsPerDay {\n        day\n        signIns\n      }\n    }\n  }\n": typeof types.UserActivityDocument,
    "\n  query EffectivePermissions($userId: ID!) {\n    effectivePermissions(userId: $userId) {\n      key\n      state\n      missingPrerequisites\n      permission {\n        key\n        name\n        module\n      }\n      sources {\n        kind\n        roleId\n        roleName\n        path\n      }\n    }\n  }\n": typeof types.EffectivePermissionsDocument,
    "\n  query ExplainPermission($userId: ID!, $key: String!) {\n    explainPermission(userId: $userId, key: $key) {\n      key\n      status\n      sentence\n    }\n  }\n": typeof types.ExplainPermissionDocument,
    "\n  mutation GrantUserPermissions($userId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantUserPermissions(userId: $userId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n": typeof types.GrantUserPermissionsDocument,
    "\n  mutation RevokeUserPermissions($userId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeUserPermissions(userId: $userId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n": typeof types.RevokeUserPermissionsDocument,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          username\n          email\n          displayName\n          state\n          isActive\n          lastLoginAt\n          origin\n          role {\n            id\n            name\n            isSystem\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query ExportUsers($filter: UserFilter) {\n    exportUsers(filter: $filter)\n  }\n": typeof types.ExportUsersDocument,
    "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      failed\n      rows {\n        line\n        username\n        status\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportUsersDocument,
    "\n  query MyAvailability {\n    myAvailability {\n      id\n      date\n      source\n    }\n    myTimeOffRequests {\n      ...TimeOffRequestFields\n    }\n  }\n": typeof types.MyAvailabilityDocument,
    "\n  mutation BlockDay($date: String!) {\n    blockDay(date: $date) {\n      id\n      date\n      source\n    }\n  }\n": typeof types.BlockDayDocument,
    "\n  mutation UnblockDay($id: ID!) {\n    unblockDay(id: $id)\n  }\n": typeof types.UnblockDayDocument,
    "\n  mutation RequestTimeOff($input: TimeOffInput!) {\n    requestTimeOff(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestTimeOffDocument,
    "\n  mutation CancelTimeOffRequest($id: ID!) {\n    cancelTimeOffRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelTimeOffRequestDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n      lastFetchedAt\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      url\n      feed {\n        createdAt\n        lastFetchedAt\n      }\n    }\n  }\n": typeof types.RegenerateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query MyCertifications {\n    myCertifications {\n      ...CertificationFields\n    }\n  }\n": typeof types.MyCertificationsDocument,
    "\n  mutation UploadCertificationProof($input: CertificationProofInput!) {\n    uploadCertificationProof(input: $input) {\n      ...CertificationFields\n    }\n  }\n": typeof types.UploadCertificationProofDocument,
    "\n  query PortalDashboard {\n    portalDashboard {\n      cards\n      openOffers\n      pendingReports\n    }\n  }\n": typeof types.PortalDashboardDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      event\n      description\n      email\n    }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {\n    setNotificationPreference(event: $event, email: $email) {\n      event\n      description\n      email\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  fragment PortalProfileFields on PortalProfile {\n    username\n    email\n    details {\n      ...WorkerDetailsFields\n    }\n  }\n": typeof types.PortalProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...PortalProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: WorkerDetailsInput!) {\n    updateMyProfile(input: $input) {\n      ...PortalProfileFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SetMyTimeZone($timeZone: String) {\n    setMyTimeZone(timeZone: $timeZone)\n  }\n": typeof types.SetMyTimeZoneDocument,
    "\n  query MyReports {\n    myPendingReports {\n      ...PortalShiftFields\n    }\n    myReports {\n      id\n      shift {\n        ...PortalShiftFields\n      }\n      hoursWorked\n      notes\n      incidents\n      submittedAt\n      status\n      reviewNote\n    }\n  }\n": typeof types.MyReportsDocument,
    "\n  mutation SubmitAfterShiftReport($input: AfterShiftReportInput!) {\n    submitAfterShiftReport(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitAfterShiftReportDocument,
    "\n  query PortalViewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.PortalViewerDocument,
    "\n  fragment PortalShiftFields on PortalShift {\n    id\n    offerId\n    title\n    startsAt\n    endsAt\n    location\n    requiredSkill {\n      id\n      name\n    }\n    notes\n    status\n    respondedAt\n  }\n": typeof types.PortalShiftFieldsFragmentDoc,
    "\n  query MyShifts($includePast: Boolean! = false) {\n    myShifts(includePast: $includePast) {\n      ...PortalShiftFields\n    }\n  }\n": typeof types.MyShiftsDocument,
    "\n  mutation AcceptShiftOffer($offerId: ID!) {\n    acceptShiftOffer(offerId: $offerId) {\n      ...PortalShiftFields\n    }\n  }\n": typeof types.AcceptShiftOfferDocument,
    "\n  mutation DeclineShiftOffer($offerId: ID!) {\n    declineShiftOffer(offerId: $offerId) {\n      ...PortalShiftFields\n    }\n  }\n": typeof types.DeclineShiftOfferDocument,
    "\n  fragment MySkillFields on WorkerSkill {\n    skill {\n      id\n      name\n    }\n    level\n    selfRating\n    selfRatedAt\n  }\n": typeof types.MySkillFieldsFragmentDoc,
    "\n  query MySkills {\n    mySkills {\n      ...MySkillFields\n    }\n  }\n": typeof types.MySkillsDocument,
    "\n  mutation RateMySkill($skillId: ID!, $rating: Int!) {\n    rateMySkill(skillId: $skillId, rating: $rating) {\n      ...MySkillFields\n    }\n  }\n": typeof types.RateMySkillDocument,
    "\n  query MyWorkingHours {\n    myWorkingHours {\n      ...WorkingHoursFields\n    }\n  }\n": typeof types.MyWorkingHoursDocument,
};
const documents: Documents = {
    "\n  mutation ActivateAccount($token: String!, $password: String!) {\n    activateAccount(token: $token, password: $password)\n  }\n": types.ActivateAccountDocument,
    "\n  mutation ResetPasswordWithLink($token: String!, $password: String!) {\n    resetPasswordWithLink(token: $token, password: $password)\n  }\n": types.ResetPasswordWithLinkDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ip\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation RevokeMyOtherSessions {\n    revokeMyOtherSessions\n  }\n": types.RevokeMyOtherSessionsDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RegenerateApiToken($id: ID!) {\n    regenerateApiToken(id: $id) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.RegenerateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment ApprovalGroupFields on ApprovalGroup {\n    id\n    name\n    memberCount\n    members {\n      id\n      displayName\n      username\n    }\n  }\n": types.ApprovalGroupFieldsFragmentDoc,
    "\n  fragment HolidayDelegationFields on HolidayDelegation {\n    id\n    startsOn\n    endsOn\n    status\n    delegatorId\n    delegateId\n    delegator {\n      id\n      displayName\n    }\n    delegate {\n      id\n      displayName\n    }\n  }\n": types.HolidayDelegationFieldsFragmentDoc,
    "\n  query ApprovalGroups {\n    approvalGroups {\n      ...ApprovalGroupFields\n    }\n  }\n": types.ApprovalGroupsDocument,
    "\n  query HolidayDelegations($filter: HolidayDelegationFilter) {\n    holidayDelegations(filter: $filter) {\n      ...HolidayDelegationFields\n    }\n  }\n": types.HolidayDelegationsDocument,
    "\n  mutation CreateApprovalGroup($input: CreateApprovalGroupInput!) {\n    createApprovalGroup(input: $input) {\n      ...ApprovalGroupFields\n    }\n  }\n": types.CreateApprovalGroupDocument,
    "\n  mutation RenameApprovalGroup($id: ID!, $name: String!) {\n    renameApprovalGroup(id: $id, name: $name) {\n      ...ApprovalGroupFields\n    }\n  }\n": types.RenameApprovalGroupDocument,
    "\n  mutation DeleteApprovalGroup($id: ID!) {\n    deleteApprovalGroup(id: $id)\n  }\n": types.DeleteApprovalGroupDocument,
    "\n  mutation AddApprovalGroupMembers($groupId: ID!, $userIds: [ID!]!) {\n    addApprovalGroupMembers(groupId: $groupId, userIds: $userIds) {\n      ...ApprovalGroupFields\n    }\n  }\n": types.AddApprovalGroupMembersDocument,
    "\n  mutation RemoveApprovalGroupMember($groupId: ID!, $userId: ID!) {\n    removeApprovalGroupMember(groupId: $groupId, userId: $userId) {\n      ...ApprovalGroupFields\n    }\n  }\n": types.RemoveApprovalGroupMemberDocument,
    "\n  mutation CreateHolidayDelegation($input: CreateHolidayDelegationInput!) {\n    createHolidayDelegation(input: $input) {\n      ...HolidayDelegationFields\n    }\n  }\n": types.CreateHolidayDelegationDocument,
    "\n  mutation RemoveHolidayDelegation($id: ID!) {\n    removeHolidayDelegation(id: $id)\n  }\n": types.RemoveHolidayDelegationDocument,
    "\n  query AuditPickerUsers($name: String!, $states: [UserState!]) {\n    users(first: 8, filter: { name: $name, states: $states }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          displayName\n          username\n        }\n      }\n    }\n  }\n": types.AuditPickerUsersDocument,
    "\n  query AuditPickerUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      username\n    }\n  }\n": types.AuditPickerUserDocument,
    "\n  query PlatformAuditPicker {\n    superAdmins {\n      id\n      displayName\n      username\n    }\n    tenants {\n      id\n      name\n      slug\n    }\n  }\n": types.PlatformAuditPickerDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    occurredAt\n    actor {\n      userId\n      superAdminId\n      label\n    }\n    action\n    targetType\n    targetId\n    targetLabel\n    before\n    after\n    originIp\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query PlatformAuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    platformAuditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PlatformAuditEntriesDocument,
    "\n  fragment AuditChainFields on AuditChainStatus {\n    entries\n    sealedEntries\n    verifiedUpTo\n    sealedAt\n    sealIntact\n  }\n": types.AuditChainFieldsFragmentDoc,
    "\n  query AuditChain {\n    auditChain {\n      ...AuditChainFields\n    }\n  }\n": types.AuditChainDocument,
    "\n  query PlatformAuditChain {\n    platformAuditChain {\n      ...AuditChainFields\n    }\n  }\n": types.PlatformAuditChainDocument,
    "\n  fragment PasswordPolicyFields on PasswordPolicy {\n    minLength\n    maxLength\n    requireUpper\n    requireLower\n    requireDigit\n    requireSpecial\n    specialCharacters\n    rejectCommon\n  }\n": types.PasswordPolicyFieldsFragmentDoc,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      ...PasswordPolicyFields\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  query SignInOptions($organisation: String!) {\n    signInOptions(organisation: $organisation) {\n      passwordSignIn\n      sso {\n        displayName\n        startUrl\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  fragment SessionFields on Session {\n    accessToken\n    expiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  fragment TwoFactorEnrollmentFields on TwoFactorEnrollmentRequired {\n    enrollmentToken\n    otpauthUri\n    qrCodeDataUrl\n    secret\n  }\n": types.TwoFactorEnrollmentFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ...SessionFields\n      ... on PasswordChangeRequired {\n        changeToken\n        reason\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ...TwoFactorEnrollmentFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {\n    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {\n      __typename\n      ...SessionFields\n    }\n  }\n": types.VerifyTwoFactorDocument,
    "\n  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {\n    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {\n      recoveryCodes\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": types.ConfirmTwoFactorEnrollmentDocument,
    "\n  mutation CompletePasswordChange($newPassword: String!) {\n    completePasswordChange(newPassword: $newPassword) {\n      __typename\n      ...SessionFields\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ...TwoFactorEnrollmentFields\n    }\n  }\n": types.CompletePasswordChangeDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    isSuperAdmin\n    tenant {\n      id\n      slug\n      name\n      authenticationMode\n      externalAuthorization\n      localPasswordFallback\n    }\n    permissions\n    origin\n    portalStatus\n    timeZone\n    ownTimeZone\n    tenantTimeZone\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query MailDelivery {\n    mailDelivery(limit: 100) {\n      smtp\n      messages {\n        id\n        to\n        subject\n        status\n        attempts\n        nextAttemptAt\n        lastError\n        createdAt\n      }\n    }\n  }\n": types.MailDeliveryDocument,
    "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastError\n    }\n  }\n": types.RetryMailDocument,
    "\n  fragment SsoConfigurationFields on SsoConfiguration {\n    displayName\n    issuerUrl\n    clientId\n    clientSecretSet\n    scopes\n    claimMapping {\n      username\n      email\n      firstName\n      lastName\n      role\n    }\n    roleMappings {\n      claimValue\n      role {\n        id\n        name\n      }\n    }\n    redirectUri\n    updatedAt\n  }\n": types.SsoConfigurationFieldsFragmentDoc,
    "\n  query SsoConfiguration {\n    ssoConfiguration {\n      ...SsoConfigurationFields\n    }\n  }\n": types.SsoConfigurationDocument,
    "\n  mutation UpdateSsoConfiguration($input: UpdateSsoConfigurationInput!) {\n    updateSsoConfiguration(input: $input) {\n      ...SsoConfigurationFields\n    }\n  }\n": types.UpdateSsoConfigurationDocument,
    "\n  mutation RemoveSsoConfiguration {\n    removeSsoConfiguration\n  }\n": types.RemoveSsoConfigurationDocument,
    "\n  fragment SsoConnectionReportFields on SsoConnectionReport {\n    ok\n    reason\n    message\n    issuer\n    authorizationEndpoint\n    tokenEndpoint\n    userinfoEndpoint\n    jwksUri\n    keyCount\n    keyAlgorithms\n    scopesSupported\n    pkceS256\n  }\n": types.SsoConnectionReportFieldsFragmentDoc,
    "\n  mutation TestSsoConnection($issuerUrl: String) {\n    testSsoConnection(issuerUrl: $issuerUrl) {\n      ...SsoConnectionReportFields\n    }\n  }\n": types.TestSsoConnectionDocument,
    "\n  fragment TenantSettingsFields on TenantSettings {\n    authenticationMode\n    externalAuthorization\n    localPasswordFallback\n    defaultRole {\n      id\n      name\n    }\n    twoFactorRequiredForAll\n    lockoutMaxFailures\n    lockoutSeconds\n    lockoutMaxSeconds\n    sessionLifetimeDays\n    accessTokenTtlSeconds\n    timeZone\n    passwordPolicy {\n      ...PasswordPolicyFields\n    }\n    platformDefaults {\n      lockoutMaxFailures\n      lockoutSeconds\n      lockoutMaxSeconds\n      sessionLifetimeDays\n      accessTokenTtlSeconds\n    }\n  }\n": types.TenantSettingsFieldsFragmentDoc,
    "\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      ...PasswordPolicyFields\n    }\n  }\n": types.UpdatePasswordPolicyDocument,
    "\n  query DevOutbox($limit: Int!) {\n    devOutbox(limit: $limit) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": types.DevOutboxDocument,
    "\n  query DevOutboxProbe {\n    devOutbox(limit: 1) {\n      id\n    }\n  }\n": types.DevOutboxProbeDocument,
    "\n  query PermissionMatrix {\n    permissionMatrix {\n      modules {\n        key\n        name\n        permissions {\n          key\n          name\n          description\n          prerequisites\n        }\n      }\n      rows {\n        role {\n          id\n          name\n          isSystem\n        }\n        cells {\n          key\n          state\n          toggleable\n          inheritedFrom {\n            roleId\n            roleName\n            path\n          }\n          missing\n        }\n      }\n    }\n  }\n": types.PermissionMatrixDocument,
    "\n  mutation GrantRolePermissions($roleId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantRolePermissions(roleId: $roleId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n": types.GrantRolePermissionsDocument,
    "\n  mutation RevokeRolePermissions($roleId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeRolePermissions(roleId: $roleId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      rolesAffected {\n        roleId\n        roleName\n        inactive\n      }\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n": types.RevokeRolePermissionsDocument,
    "\n  query PermissionsReference {\n    permissionsReference {\n      key\n      name\n      group\n      accessPermission\n      permissions {\n        key\n        name\n        description\n        prerequisites\n      }\n    }\n  }\n": types.PermissionsReferenceDocument,
    "\n  fragment CertificationFields on Certification {\n    id\n    name\n    expiresOn\n    status\n    valid\n    expired\n    reviewNote\n    reviewedAt\n    proofs {\n      id\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n": types.CertificationFieldsFragmentDoc,
    "\n  fragment CertificationReviewFields on Certification {\n    ...CertificationFields\n    proofs {\n      id\n      downloadUrl\n    }\n  }\n": types.CertificationReviewFieldsFragmentDoc,
    "\n  query CertificationsToReview {\n    certificationsToReview {\n      ...CertificationReviewFields\n      worker {\n        id\n        displayName\n        username\n      }\n    }\n  }\n": types.CertificationsToReviewDocument,
    "\n  mutation AssignCertification($userId: ID!, $name: String!, $expiresOn: String) {\n    assignCertification(userId: $userId, name: $name, expiresOn: $expiresOn) {\n      ...CertificationReviewFields\n    }\n  }\n": types.AssignCertificationDocument,
    "\n  mutation RemoveCertification($id: ID!) {\n    removeCertification(id: $id) {\n      ...WorkerProfileFields\n    }\n  }\n": types.RemoveCertificationDocument,
    "\n  mutation ApproveCertification($id: ID!, $note: String) {\n    approveCertification(id: $id, note: $note) {\n      ...CertificationReviewFields\n    }\n  }\n": types.ApproveCertificationDocument,
    "\n  mutation RejectCertification($id: ID!, $reason: String!) {\n    rejectCertification(id: $id, reason: $reason) {\n      ...CertificationReviewFields\n    }\n  }\n": types.RejectCertificationDocument,
    "\n  fragment PlannerUserFields on PlannerUser {\n    id\n    username\n    displayName\n    firstName\n    lastName\n    email\n    phone\n    jobTitle\n    affiliation\n    inviteStatus\n    portalAccess\n    lastLoginAt\n  }\n": types.PlannerUserFieldsFragmentDoc,
    "\n  query PlannerUsers($first: Int!, $after: String, $filter: PlannerUserFilter) {\n    plannerUsers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PlannerUserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PlannerUsersDocument,
    "\n  mutation AddExternalPlannerUser($input: AddExternalPlannerUserInput!) {\n    addExternalPlannerUser(input: $input) {\n      ...PlannerUserFields\n    }\n  }\n": types.AddExternalPlannerUserDocument,
    "\n  mutation ActivateAndInvite($userId: ID!) {\n    activateAndInvite(userId: $userId) {\n      ...PlannerUserFields\n    }\n  }\n": types.ActivateAndInviteDocument,
    "\n  fragment AfterShiftReportFields on AfterShiftReport {\n    id\n    hoursWorked\n    notes\n    incidents\n    submittedAt\n    status\n    reviewedAt\n    reviewNote\n    shift {\n      id\n      title\n      startsAt\n      endsAt\n      location\n    }\n    worker {\n      id\n      displayName\n      username\n    }\n  }\n": types.AfterShiftReportFieldsFragmentDoc,
    "\n  query AfterShiftReports($status: ReportStatus) {\n    afterShiftReports(status: $status) {\n      ...AfterShiftReportFields\n    }\n  }\n": types.AfterShiftReportsDocument,
    "\n  mutation ReviewAfterShiftReport($id: ID!, $note: String) {\n    reviewAfterShiftReport(id: $id, note: $note) {\n      ...AfterShiftReportFields\n    }\n  }\n": types.ReviewAfterShiftReportDocument,
    "\n  fragment ShiftSummaryFields on Shift {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    headcount\n    filled\n    cancelledAt\n    requiredSkill {\n      id\n      name\n    }\n  }\n": types.ShiftSummaryFieldsFragmentDoc,
    "\n  fragment ShiftDetailFields on Shift {\n    ...ShiftSummaryFields\n    notes\n    offers {\n      id\n      status\n      offeredAt\n      respondedAt\n      worker {\n        id\n        displayName\n        username\n      }\n    }\n  }\n": types.ShiftDetailFieldsFragmentDoc,
    "\n  query Shifts($filter: ShiftFilter) {\n    shifts(filter: $filter) {\n      ...ShiftSummaryFields\n    }\n  }\n": types.ShiftsDocument,
    "\n  query Shift($id: ID!) {\n    shift(id: $id) {\n      ...ShiftDetailFields\n    }\n  }\n": types.ShiftDocument,
    "\n  mutation CreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      ...ShiftDetailFields\n    }\n  }\n": types.CreateShiftDocument,
    "\n  mutation CancelShift($id: ID!) {\n    cancelShift(id: $id) {\n      ...ShiftDetailFields\n    }\n  }\n": types.CancelShiftDocument,
    "\n  mutation OfferShift($shiftId: ID!, $userIds: [ID!]!) {\n    offerShift(shiftId: $shiftId, userIds: $userIds) {\n      ...ShiftDetailFields\n    }\n  }\n": types.OfferShiftDocument,
    "\n  mutation AssignShift($shiftId: ID!, $userId: ID!) {\n    assignShift(shiftId: $shiftId, userId: $userId) {\n      ...ShiftDetailFields\n    }\n  }\n": types.AssignShiftDocument,
    "\n  mutation WithdrawShiftOffer($offerId: ID!) {\n    withdrawShiftOffer(offerId: $offerId) {\n      ...ShiftDetailFields\n    }\n  }\n": types.WithdrawShiftOfferDocument,
    "\n  query Skills {\n    skills {\n      id\n      name\n    }\n  }\n": types.SkillsDocument,
    "\n  mutation CreateSkill($name: String!) {\n    createSkill(name: $name) {\n      id\n      name\n    }\n  }\n": types.CreateSkillDocument,
    "\n  mutation AssignSkill($userId: ID!, $skillId: ID!, $level: Int!) {\n    assignSkill(userId: $userId, skillId: $skillId, level: $level) {\n      ...WorkerProfileFields\n    }\n  }\n": types.AssignSkillDocument,
    "\n  mutation RemoveSkill($userId: ID!, $skillId: ID!) {\n    removeSkill(userId: $userId, skillId: $skillId) {\n      ...WorkerProfileFields\n    }\n  }\n": types.RemoveSkillDocument,
    "\n  fragment TimeOffRequestFields on TimeOffRequest {\n    id\n    startDate\n    endDate\n    reason\n    status\n    createdAt\n    reviewedAt\n    reviewNote\n  }\n": types.TimeOffRequestFieldsFragmentDoc,
    "\n  fragment TimeOffFields on TimeOffRequest {\n    ...TimeOffRequestFields\n    worker {\n      id\n      displayName\n      username\n    }\n  }\n": types.TimeOffFieldsFragmentDoc,
    "\n  query TimeOffRequests($status: TimeOffStatus) {\n    timeOffRequests(status: $status) {\n      ...TimeOffFields\n    }\n  }\n": types.TimeOffRequestsDocument,
    "\n  mutation ApproveTimeOff($id: ID!, $note: String) {\n    approveTimeOff(id: $id, note: $note) {\n      ...TimeOffFields\n    }\n  }\n": types.ApproveTimeOffDocument,
    "\n  mutation RejectTimeOff($id: ID!, $reason: String!) {\n    rejectTimeOff(id: $id, reason: $reason) {\n      ...TimeOffFields\n    }\n  }\n": types.RejectTimeOffDocument,
    "\n  fragment WorkerDetailsFields on WorkerDetails {\n    firstName\n    lastName\n    phone\n    address\n    emergencyContactName\n    emergencyContactPhone\n    updatedAt\n    updatedBy\n  }\n": types.WorkerDetailsFieldsFragmentDoc,
    "\n  fragment WorkerProfileFields on WorkerProfile {\n    user {\n      ...PlannerUserFields\n    }\n    details {\n      ...WorkerDetailsFields\n    }\n    compensation {\n      payType\n      rate\n      currency\n    }\n    skills {\n      skill {\n        id\n        name\n      }\n      level\n      selfRating\n      selfRatedAt\n    }\n    certifications {\n      ...CertificationReviewFields\n    }\n    workingHours {\n      ...WorkingHoursFields\n    }\n    restrictions\n    unavailableDays {\n      id\n      date\n      source\n    }\n  }\n": types.WorkerProfileFieldsFragmentDoc,
    "\n  query WorkerProfile($userId: ID!) {\n    workerProfile(userId: $userId) {\n      ...WorkerProfileFields\n    }\n  }\n": types.WorkerProfileDocument,
    "\n  mutation UpdateWorkerDetails($userId: ID!, $input: WorkerDetailsInput!) {\n    updateWorkerDetails(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n": types.UpdateWorkerDetailsDocument,
    "\n  mutation SetCompensation($userId: ID!, $input: CompensationInput!) {\n    setCompensation(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n": types.SetCompensationDocument,
    "\n  mutation SetWorkingHours($userId: ID!, $input: WorkingHoursInput!) {\n    setWorkingHours(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n": types.SetWorkingHoursDocument,
    "\n  mutation SetRestrictions($userId: ID!, $restrictions: [String!]!) {\n    setRestrictions(userId: $userId, restrictions: $restrictions) {\n      ...WorkerProfileFields\n    }\n  }\n": types.SetRestrictionsDocument,
    "\n  fragment WorkingHoursFields on WorkingHours {\n    contractedHoursPerWeek\n    maxHoursPerWeek\n    days {\n      weekday\n      start\n      end\n    }\n  }\n": types.WorkingHoursFieldsFragmentDoc,
    "\n  query Roles($filter: RoleFilter) {\n    roles(filter: $filter) {\n      id\n      name\n      isSystem\n      deletedAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n      }\n    }\n  }\n": types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      isSystem\n      deletedAt\n      createdAt\n      usersCount\n      parents {\n        id\n        name\n      }\n      permissions {\n        key\n        name\n        module\n      }\n    }\n  }\n": types.RoleDocument,
    "\n  query RoleInheritance($id: ID!) {\n    role(id: $id) {\n      id\n      inheritanceGraph {\n        roles {\n          id\n          name\n          isSystem\n        }\n        links {\n          childId\n          parentId\n          inheritedPermissionsCount\n        }\n      }\n    }\n  }\n": types.RoleInheritanceDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation RenameRole($id: ID!, $name: String!) {\n    renameRole(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameRoleDocument,
    "\n  mutation SetRoleParents($id: ID!, $parentIds: [ID!]!) {\n    setRoleParents(id: $id, parentIds: $parentIds) {\n      id\n      parents {\n        id\n        name\n      }\n    }\n  }\n": types.SetRoleParentsDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": types.DeleteRoleDocument,
    "\n  mutation RestoreRole($id: ID!) {\n    restoreRole(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": types.RestoreRoleDocument,
    "\n  fragment SuperAdminFields on SuperAdmin {\n    id\n    username\n    displayName\n    email\n    active\n    deactivatedAt\n    twoFactorRequired\n    twoFactorEnabled\n    lastLoginAt\n    createdAt\n  }\n": types.SuperAdminFieldsFragmentDoc,
    "\n  query SuperAdmins {\n    superAdmins {\n      ...SuperAdminFields\n    }\n  }\n": types.SuperAdminsDocument,
    "\n  mutation CreateSuperAdmin($input: CreateSuperAdminInput!) {\n    createSuperAdmin(input: $input) {\n      ...SuperAdminFields\n    }\n  }\n": types.CreateSuperAdminDocument,
    "\n  mutation DeactivateSuperAdmin($id: ID!) {\n    deactivateSuperAdmin(id: $id) {\n      ...SuperAdminFields\n    }\n  }\n": types.DeactivateSuperAdminDocument,
    "\n  mutation ReactivateSuperAdmin($id: ID!) {\n    reactivateSuperAdmin(id: $id) {\n      ...SuperAdminFields\n    }\n  }\n": types.ReactivateSuperAdminDocument,
    "\n  fragment TenantFields on Tenant {\n    id\n    slug\n    name\n    status\n    suspendedAt\n    createdAt\n  }\n": types.TenantFieldsFragmentDoc,
    "\n  query Tenants($filter: TenantFilter) {\n    tenants(filter: $filter) {\n      ...TenantFields\n    }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation RenameTenant($id: ID!, $name: String!) {\n    renameTenant(id: $id, name: $name) {\n      ...TenantFields\n    }\n  }\n": types.RenameTenantDocument,
    "\n  mutation SuspendTenant($id: ID!, $reason: String) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantFields\n    }\n  }\n": types.SuspendTenantDocument,
    "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n": types.ReactivateTenantDocument,
    "\n  mutation EnterTenant($tenantId: ID!) {\n    enterTenant(tenantId: $tenantId) {\n      id\n      slug\n      name\n    }\n  }\n": types.EnterTenantDocument,
    "\n  mutation LeaveTenant {\n    leaveTenant\n  }\n": types.LeaveTenantDocument,
    "\n  mutation ResetTwoFactor($id: ID!) {\n    resetTwoFactor(id: $id) {\n      ...UserDetailFields\n    }\n  }\n": types.ResetTwoFactorDocument,
    "\n  query UserApiTokens($userId: ID!) {\n    userApiTokens(userId: $userId) {\n      ...ApiTokenFields\n    }\n  }\n": types.UserApiTokensDocument,
    "\n  mutation CreateUserApiToken($userId: ID!, $name: String!, $expiresAt: DateTimeISO) {\n    createUserApiToken(userId: $userId, name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.CreateUserApiTokenDocument,
    "\n  mutation RevokeUserApiToken($userId: ID!, $id: ID!) {\n    revokeUserApiToken(userId: $userId, id: $id)\n  }\n": types.RevokeUserApiTokenDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ip\n    }\n  }\n": types.UserSessionsDocument,
    "\n  mutation RevokeAllSessions($userId: ID!) {\n    revokeAllSessions(userId: $userId)\n  }\n": types.RevokeAllSessionsDocument,
    "\n  fragment UserDetailFields on User {\n    id\n    username\n    email\n    firstName\n    lastName\n    displayName\n    phone\n    jobTitle\n    department\n    location\n    timeZone\n    effectiveTimeZone\n    origin\n    state\n    holdInvite\n    isActive\n    externalPlannerAccess\n    externalPurchasingAccess\n    portalAccess\n    twoFactorRequired\n    twoFactorEnabled\n    twoFactorEnrolledAt\n    passwordChangeRequired\n    lastLoginAt\n    activatedAt\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    signInLockedUntil\n    role {\n      id\n      name\n      isSystem\n    }\n    approvalGroups {\n      id\n      name\n    }\n    holidayDelegations {\n      id\n      delegatorId\n      delegateId\n      startsOn\n      endsOn\n      delegator {\n        id\n        displayName\n      }\n      delegate {\n        id\n        displayName\n      }\n    }\n    links {\n      kind\n      status\n      createdAt\n      expiresAt\n      usedAt\n      revokedAt\n    }\n  }\n": types.UserDetailFieldsFragmentDoc,
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
    "\n  query UserActivity($userId: ID!) {\n    userActivity(userId: $userId) {\n      lastLoginAt\n      loginsLast7Days\n      loginsLast30Days\n      loginsLast365Days\n      signInsSince\n      signInsPerDay {\n        day\n        signIns\n      }\n    }\n  }\n": types.UserActivityDocument,
    "\n  query EffectivePermissions($userId: ID!) {\n    effectivePermissions(userId: $userId) {\n      key\n      state\n      missingPrerequisites\n      permission {\n        key\n        name\n        module\n      }\n      sources {\n        kind\n        roleId\n        roleName\n        path\n      }\n    }\n  }\n": types.EffectivePermissionsDocument,
    "\n  query ExplainPermission($userId: ID!, $key: String!) {\n    explainPermission(userId: $userId, key: $key) {\n      key\n      status\n      sentence\n    }\n  }\n": types.ExplainPermissionDocument,
    "\n  mutation GrantUserPermissions($userId: ID!, $keys: [String!]!, $withPrerequisites: Boolean!) {\n    grantUserPermissions(userId: $userId, keys: $keys, withPrerequisites: $withPrerequisites) {\n      granted\n      prerequisitesGranted\n    }\n  }\n": types.GrantUserPermissionsDocument,
    "\n  mutation RevokeUserPermissions($userId: ID!, $keys: [String!]!, $cascade: Boolean!) {\n    revokeUserPermissions(userId: $userId, keys: $keys, cascade: $cascade) {\n      revoked\n      cascaded\n      notOwned\n      usersAffected {\n        userId\n        inactive\n      }\n    }\n  }\n": types.RevokeUserPermissionsDocument,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          username\n          email\n          displayName\n          state\n          isActive\n          lastLoginAt\n          origin\n          role {\n            id\n            name\n            isSystem\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query ExportUsers($filter: UserFilter) {\n    exportUsers(filter: $filter)\n  }\n": types.ExportUsersDocument,
    "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      failed\n      rows {\n        line\n        username\n        status\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n": types.ImportUsersDocument,
    "\n  query MyAvailability {\n    myAvailability {\n      id\n      date\n      source\n    }\n    myTimeOffRequests {\n      ...TimeOffRequestFields\n    }\n  }\n": types.MyAvailabilityDocument,
    "\n  mutation BlockDay($date: String!) {\n    blockDay(date: $date) {\n      id\n      date\n      source\n    }\n  }\n": types.BlockDayDocument,
    "\n  mutation UnblockDay($id: ID!) {\n    unblockDay(id: $id)\n  }\n": types.UnblockDayDocument,
    "\n  mutation RequestTimeOff($input: TimeOffInput!) {\n    requestTimeOff(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestTimeOffDocument,
    "\n  mutation CancelTimeOffRequest($id: ID!) {\n    cancelTimeOffRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelTimeOffRequestDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n      lastFetchedAt\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      url\n      feed {\n        createdAt\n        lastFetchedAt\n      }\n    }\n  }\n": types.RegenerateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query MyCertifications {\n    myCertifications {\n      ...CertificationFields\n    }\n  }\n": types.MyCertificationsDocument,
    "\n  mutation UploadCertificationProof($input: CertificationProofInput!) {\n    uploadCertificationProof(input: $input) {\n      ...CertificationFields\n    }\n  }\n": types.UploadCertificationProofDocument,
    "\n  query PortalDashboard {\n    portalDashboard {\n      cards\n      openOffers\n      pendingReports\n    }\n  }\n": types.PortalDashboardDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      event\n      description\n      email\n    }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {\n    setNotificationPreference(event: $event, email: $email) {\n      event\n      description\n      email\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  fragment PortalProfileFields on PortalProfile {\n    username\n    email\n    details {\n      ...WorkerDetailsFields\n    }\n  }\n": types.PortalProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...PortalProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: WorkerDetailsInput!) {\n    updateMyProfile(input: $input) {\n      ...PortalProfileFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SetMyTimeZone($timeZone: String) {\n    setMyTimeZone(timeZone: $timeZone)\n  }\n": types.SetMyTimeZoneDocument,
    "\n  query MyReports {\n    myPendingReports {\n      ...PortalShiftFields\n    }\n    myReports {\n      id\n      shift {\n        ...PortalShiftFields\n      }\n      hoursWorked\n      notes\n      incidents\n      submittedAt\n      status\n      reviewNote\n    }\n  }\n": types.MyReportsDocument,
    "\n  mutation SubmitAfterShiftReport($input: AfterShiftReportInput!) {\n    submitAfterShiftReport(input: $input) {\n      id\n    }\n  }\n": types.SubmitAfterShiftReportDocument,
    "\n  query PortalViewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.PortalViewerDocument,
    "\n  fragment PortalShiftFields on PortalShift {\n    id\n    offerId\n    title\n    startsAt\n    endsAt\n    location\n    requiredSkill {\n      id\n      name\n    }\n    notes\n    status\n    respondedAt\n  }\n": types.PortalShiftFieldsFragmentDoc,
    "\n  query MyShifts($includePast: Boolean! = false) {\n    myShifts(includePast: $includePast) {\n      ...PortalShiftFields\n    }\n  }\n": types.MyShiftsDocument,
    "\n  mutation AcceptShiftOffer($offerId: ID!) {\n    acceptShiftOffer(offerId: $offerId) {\n      ...PortalShiftFields\n    }\n  }\n": types.AcceptShiftOfferDocument,
    "\n  mutation DeclineShiftOffer($offerId: ID!) {\n    declineShiftOffer(offerId: $offerId) {\n      ...PortalShiftFields\n    }\n  }\n": types.DeclineShiftOfferDocument,
    "\n  fragment MySkillFields on WorkerSkill {\n    skill {\n      id\n      name\n    }\n    level\n    selfRating\n    selfRatedAt\n  }\n": types.MySkillFieldsFragmentDoc,
    "\n  query MySkills {\n    mySkills {\n      ...MySkillFields\n    }\n  }\n": types.MySkillsDocument,
    "\n  mutation RateMySkill($skillId: ID!, $rating: Int!) {\n    rateMySkill(skillId: $skillId, rating: $rating) {\n      ...MySkillFields\n    }\n  }\n": types.RateMySkillDocument,
    "\n  query MyWorkingHours {\n    myWorkingHours {\n      ...WorkingHoursFields\n    }\n  }\n": types.MyWorkingHoursDocument,
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
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!, $expiresAt: DateTimeISO) {\n    createApiToken(name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateApiToken($id: ID!) {\n    regenerateApiToken(id: $id) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateApiToken($id: ID!) {\n    regenerateApiToken(id: $id) {\n      secret\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalGroupFields on ApprovalGroup {\n    id\n    name\n    memberCount\n    members {\n      id\n      displayName\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment ApprovalGroupFields on ApprovalGroup {\n    id\n    name\n    memberCount\n    members {\n      id\n      displayName\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HolidayDelegationFields on HolidayDelegation {\n    id\n    startsOn\n    endsOn\n    status\n    delegatorId\n    delegateId\n    delegator {\n      id\n      displayName\n    }\n    delegate {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment HolidayDelegationFields on HolidayDelegation {\n    id\n    startsOn\n    endsOn\n    status\n    delegatorId\n    delegateId\n    delegator {\n      id\n      displayName\n    }\n    delegate {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalGroups {\n    approvalGroups {\n      ...ApprovalGroupFields\n    }\n  }\n"): (typeof documents)["\n  query ApprovalGroups {\n    approvalGroups {\n      ...ApprovalGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidayDelegations($filter: HolidayDelegationFilter) {\n    holidayDelegations(filter: $filter) {\n      ...HolidayDelegationFields\n    }\n  }\n"): (typeof documents)["\n  query HolidayDelegations($filter: HolidayDelegationFilter) {\n    holidayDelegations(filter: $filter) {\n      ...HolidayDelegationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApprovalGroup($input: CreateApprovalGroupInput!) {\n    createApprovalGroup(input: $input) {\n      ...ApprovalGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApprovalGroup($input: CreateApprovalGroupInput!) {\n    createApprovalGroup(input: $input) {\n      ...ApprovalGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameApprovalGroup($id: ID!, $name: String!) {\n    renameApprovalGroup(id: $id, name: $name) {\n      ...ApprovalGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameApprovalGroup($id: ID!, $name: String!) {\n    renameApprovalGroup(id: $id, name: $name) {\n      ...ApprovalGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteApprovalGroup($id: ID!) {\n    deleteApprovalGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteApprovalGroup($id: ID!) {\n    deleteApprovalGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddApprovalGroupMembers($groupId: ID!, $userIds: [ID!]!) {\n    addApprovalGroupMembers(groupId: $groupId, userIds: $userIds) {\n      ...ApprovalGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddApprovalGroupMembers($groupId: ID!, $userIds: [ID!]!) {\n    addApprovalGroupMembers(groupId: $groupId, userIds: $userIds) {\n      ...ApprovalGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveApprovalGroupMember($groupId: ID!, $userId: ID!) {\n    removeApprovalGroupMember(groupId: $groupId, userId: $userId) {\n      ...ApprovalGroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveApprovalGroupMember($groupId: ID!, $userId: ID!) {\n    removeApprovalGroupMember(groupId: $groupId, userId: $userId) {\n      ...ApprovalGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHolidayDelegation($input: CreateHolidayDelegationInput!) {\n    createHolidayDelegation(input: $input) {\n      ...HolidayDelegationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHolidayDelegation($input: CreateHolidayDelegationInput!) {\n    createHolidayDelegation(input: $input) {\n      ...HolidayDelegationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveHolidayDelegation($id: ID!) {\n    removeHolidayDelegation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveHolidayDelegation($id: ID!) {\n    removeHolidayDelegation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPickerUsers($name: String!, $states: [UserState!]) {\n    users(first: 8, filter: { name: $name, states: $states }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          displayName\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditPickerUsers($name: String!, $states: [UserState!]) {\n    users(first: 8, filter: { name: $name, states: $states }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          displayName\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPickerUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      username\n    }\n  }\n"): (typeof documents)["\n  query AuditPickerUser($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformAuditPicker {\n    superAdmins {\n      id\n      displayName\n      username\n    }\n    tenants {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  query PlatformAuditPicker {\n    superAdmins {\n      id\n      displayName\n      username\n    }\n    tenants {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    occurredAt\n    actor {\n      userId\n      superAdminId\n      label\n    }\n    action\n    targetType\n    targetId\n    targetLabel\n    before\n    after\n    originIp\n  }\n"): (typeof documents)["\n  fragment AuditEntryFields on AuditEntry {\n    id\n    occurredAt\n    actor {\n      userId\n      superAdminId\n      label\n    }\n    action\n    targetType\n    targetId\n    targetLabel\n    before\n    after\n    originIp\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformAuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    platformAuditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformAuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n    platformAuditEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditChainFields on AuditChainStatus {\n    entries\n    sealedEntries\n    verifiedUpTo\n    sealedAt\n    sealIntact\n  }\n"): (typeof documents)["\n  fragment AuditChainFields on AuditChainStatus {\n    entries\n    sealedEntries\n    verifiedUpTo\n    sealedAt\n    sealIntact\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChain {\n    auditChain {\n      ...AuditChainFields\n    }\n  }\n"): (typeof documents)["\n  query AuditChain {\n    auditChain {\n      ...AuditChainFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformAuditChain {\n    platformAuditChain {\n      ...AuditChainFields\n    }\n  }\n"): (typeof documents)["\n  query PlatformAuditChain {\n    platformAuditChain {\n      ...AuditChainFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PasswordPolicyFields on PasswordPolicy {\n    minLength\n    maxLength\n    requireUpper\n    requireLower\n    requireDigit\n    requireSpecial\n    specialCharacters\n    rejectCommon\n  }\n"): (typeof documents)["\n  fragment PasswordPolicyFields on PasswordPolicy {\n    minLength\n    maxLength\n    requireUpper\n    requireLower\n    requireDigit\n    requireSpecial\n    specialCharacters\n    rejectCommon\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      ...PasswordPolicyFields\n    }\n  }\n"): (typeof documents)["\n  query PasswordPolicy {\n    passwordPolicy {\n      ...PasswordPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions($organisation: String!) {\n    signInOptions(organisation: $organisation) {\n      passwordSignIn\n      sso {\n        displayName\n        startUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions($organisation: String!) {\n    signInOptions(organisation: $organisation) {\n      passwordSignIn\n      sso {\n        displayName\n        startUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    accessToken\n    expiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    accessToken\n    expiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TwoFactorEnrollmentFields on TwoFactorEnrollmentRequired {\n    enrollmentToken\n    otpauthUri\n    qrCodeDataUrl\n    secret\n  }\n"): (typeof documents)["\n  fragment TwoFactorEnrollmentFields on TwoFactorEnrollmentRequired {\n    enrollmentToken\n    otpauthUri\n    qrCodeDataUrl\n    secret\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ...SessionFields\n      ... on PasswordChangeRequired {\n        changeToken\n        reason\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ...TwoFactorEnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ...SessionFields\n      ... on PasswordChangeRequired {\n        changeToken\n        reason\n      }\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ...TwoFactorEnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {\n    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {\n      __typename\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyTwoFactor($challengeToken: String!, $code: String!) {\n    verifyTwoFactor(challengeToken: $challengeToken, code: $code) {\n      __typename\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {\n    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {\n      recoveryCodes\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorEnrollment($enrollmentToken: String!, $code: String!) {\n    confirmTwoFactorEnrollment(enrollmentToken: $enrollmentToken, code: $code) {\n      recoveryCodes\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePasswordChange($newPassword: String!) {\n    completePasswordChange(newPassword: $newPassword) {\n      __typename\n      ...SessionFields\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ...TwoFactorEnrollmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePasswordChange($newPassword: String!) {\n    completePasswordChange(newPassword: $newPassword) {\n      __typename\n      ...SessionFields\n      ... on TwoFactorRequired {\n        challengeToken\n      }\n      ...TwoFactorEnrollmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    isSuperAdmin\n    tenant {\n      id\n      slug\n      name\n      authenticationMode\n      externalAuthorization\n      localPasswordFallback\n    }\n    permissions\n    origin\n    portalStatus\n    timeZone\n    ownTimeZone\n    tenantTimeZone\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    username\n    displayName\n    isSuperAdmin\n    tenant {\n      id\n      slug\n      name\n      authenticationMode\n      externalAuthorization\n      localPasswordFallback\n    }\n    permissions\n    origin\n    portalStatus\n    timeZone\n    ownTimeZone\n    tenantTimeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailDelivery {\n    mailDelivery(limit: 100) {\n      smtp\n      messages {\n        id\n        to\n        subject\n        status\n        attempts\n        nextAttemptAt\n        lastError\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailDelivery {\n    mailDelivery(limit: 100) {\n      smtp\n      messages {\n        id\n        to\n        subject\n        status\n        attempts\n        nextAttemptAt\n        lastError\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastError\n    }\n  }\n"): (typeof documents)["\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      id\n      status\n      attempts\n      nextAttemptAt\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SsoConfigurationFields on SsoConfiguration {\n    displayName\n    issuerUrl\n    clientId\n    clientSecretSet\n    scopes\n    claimMapping {\n      username\n      email\n      firstName\n      lastName\n      role\n    }\n    roleMappings {\n      claimValue\n      role {\n        id\n        name\n      }\n    }\n    redirectUri\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SsoConfigurationFields on SsoConfiguration {\n    displayName\n    issuerUrl\n    clientId\n    clientSecretSet\n    scopes\n    claimMapping {\n      username\n      email\n      firstName\n      lastName\n      role\n    }\n    roleMappings {\n      claimValue\n      role {\n        id\n        name\n      }\n    }\n    redirectUri\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoConfiguration {\n    ssoConfiguration {\n      ...SsoConfigurationFields\n    }\n  }\n"): (typeof documents)["\n  query SsoConfiguration {\n    ssoConfiguration {\n      ...SsoConfigurationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSsoConfiguration($input: UpdateSsoConfigurationInput!) {\n    updateSsoConfiguration(input: $input) {\n      ...SsoConfigurationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSsoConfiguration($input: UpdateSsoConfigurationInput!) {\n    updateSsoConfiguration(input: $input) {\n      ...SsoConfigurationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSsoConfiguration {\n    removeSsoConfiguration\n  }\n"): (typeof documents)["\n  mutation RemoveSsoConfiguration {\n    removeSsoConfiguration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SsoConnectionReportFields on SsoConnectionReport {\n    ok\n    reason\n    message\n    issuer\n    authorizationEndpoint\n    tokenEndpoint\n    userinfoEndpoint\n    jwksUri\n    keyCount\n    keyAlgorithms\n    scopesSupported\n    pkceS256\n  }\n"): (typeof documents)["\n  fragment SsoConnectionReportFields on SsoConnectionReport {\n    ok\n    reason\n    message\n    issuer\n    authorizationEndpoint\n    tokenEndpoint\n    userinfoEndpoint\n    jwksUri\n    keyCount\n    keyAlgorithms\n    scopesSupported\n    pkceS256\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSsoConnection($issuerUrl: String) {\n    testSsoConnection(issuerUrl: $issuerUrl) {\n      ...SsoConnectionReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation TestSsoConnection($issuerUrl: String) {\n    testSsoConnection(issuerUrl: $issuerUrl) {\n      ...SsoConnectionReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantSettingsFields on TenantSettings {\n    authenticationMode\n    externalAuthorization\n    localPasswordFallback\n    defaultRole {\n      id\n      name\n    }\n    twoFactorRequiredForAll\n    lockoutMaxFailures\n    lockoutSeconds\n    lockoutMaxSeconds\n    sessionLifetimeDays\n    accessTokenTtlSeconds\n    timeZone\n    passwordPolicy {\n      ...PasswordPolicyFields\n    }\n    platformDefaults {\n      lockoutMaxFailures\n      lockoutSeconds\n      lockoutMaxSeconds\n      sessionLifetimeDays\n      accessTokenTtlSeconds\n    }\n  }\n"): (typeof documents)["\n  fragment TenantSettingsFields on TenantSettings {\n    authenticationMode\n    externalAuthorization\n    localPasswordFallback\n    defaultRole {\n      id\n      name\n    }\n    twoFactorRequiredForAll\n    lockoutMaxFailures\n    lockoutSeconds\n    lockoutMaxSeconds\n    sessionLifetimeDays\n    accessTokenTtlSeconds\n    timeZone\n    passwordPolicy {\n      ...PasswordPolicyFields\n    }\n    platformDefaults {\n      lockoutMaxFailures\n      lockoutSeconds\n      lockoutMaxSeconds\n      sessionLifetimeDays\n      accessTokenTtlSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query TenantSettings {\n    tenantSettings {\n      ...TenantSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      ...TenantSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      ...PasswordPolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePasswordPolicy($input: PasswordPolicyInput!) {\n    updatePasswordPolicy(input: $input) {\n      ...PasswordPolicyFields\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CertificationFields on Certification {\n    id\n    name\n    expiresOn\n    status\n    valid\n    expired\n    reviewNote\n    reviewedAt\n    proofs {\n      id\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CertificationFields on Certification {\n    id\n    name\n    expiresOn\n    status\n    valid\n    expired\n    reviewNote\n    reviewedAt\n    proofs {\n      id\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CertificationReviewFields on Certification {\n    ...CertificationFields\n    proofs {\n      id\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment CertificationReviewFields on Certification {\n    ...CertificationFields\n    proofs {\n      id\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationsToReview {\n    certificationsToReview {\n      ...CertificationReviewFields\n      worker {\n        id\n        displayName\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificationsToReview {\n    certificationsToReview {\n      ...CertificationReviewFields\n      worker {\n        id\n        displayName\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCertification($userId: ID!, $name: String!, $expiresOn: String) {\n    assignCertification(userId: $userId, name: $name, expiresOn: $expiresOn) {\n      ...CertificationReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCertification($userId: ID!, $name: String!, $expiresOn: String) {\n    assignCertification(userId: $userId, name: $name, expiresOn: $expiresOn) {\n      ...CertificationReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCertification($id: ID!) {\n    removeCertification(id: $id) {\n      ...WorkerProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCertification($id: ID!) {\n    removeCertification(id: $id) {\n      ...WorkerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCertification($id: ID!, $note: String) {\n    approveCertification(id: $id, note: $note) {\n      ...CertificationReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveCertification($id: ID!, $note: String) {\n    approveCertification(id: $id, note: $note) {\n      ...CertificationReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCertification($id: ID!, $reason: String!) {\n    rejectCertification(id: $id, reason: $reason) {\n      ...CertificationReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCertification($id: ID!, $reason: String!) {\n    rejectCertification(id: $id, reason: $reason) {\n      ...CertificationReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlannerUserFields on PlannerUser {\n    id\n    username\n    displayName\n    firstName\n    lastName\n    email\n    phone\n    jobTitle\n    affiliation\n    inviteStatus\n    portalAccess\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment PlannerUserFields on PlannerUser {\n    id\n    username\n    displayName\n    firstName\n    lastName\n    email\n    phone\n    jobTitle\n    affiliation\n    inviteStatus\n    portalAccess\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerUsers($first: Int!, $after: String, $filter: PlannerUserFilter) {\n    plannerUsers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PlannerUserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlannerUsers($first: Int!, $after: String, $filter: PlannerUserFilter) {\n    plannerUsers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PlannerUserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddExternalPlannerUser($input: AddExternalPlannerUserInput!) {\n    addExternalPlannerUser(input: $input) {\n      ...PlannerUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddExternalPlannerUser($input: AddExternalPlannerUserInput!) {\n    addExternalPlannerUser(input: $input) {\n      ...PlannerUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateAndInvite($userId: ID!) {\n    activateAndInvite(userId: $userId) {\n      ...PlannerUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateAndInvite($userId: ID!) {\n    activateAndInvite(userId: $userId) {\n      ...PlannerUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AfterShiftReportFields on AfterShiftReport {\n    id\n    hoursWorked\n    notes\n    incidents\n    submittedAt\n    status\n    reviewedAt\n    reviewNote\n    shift {\n      id\n      title\n      startsAt\n      endsAt\n      location\n    }\n    worker {\n      id\n      displayName\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment AfterShiftReportFields on AfterShiftReport {\n    id\n    hoursWorked\n    notes\n    incidents\n    submittedAt\n    status\n    reviewedAt\n    reviewNote\n    shift {\n      id\n      title\n      startsAt\n      endsAt\n      location\n    }\n    worker {\n      id\n      displayName\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AfterShiftReports($status: ReportStatus) {\n    afterShiftReports(status: $status) {\n      ...AfterShiftReportFields\n    }\n  }\n"): (typeof documents)["\n  query AfterShiftReports($status: ReportStatus) {\n    afterShiftReports(status: $status) {\n      ...AfterShiftReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAfterShiftReport($id: ID!, $note: String) {\n    reviewAfterShiftReport(id: $id, note: $note) {\n      ...AfterShiftReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAfterShiftReport($id: ID!, $note: String) {\n    reviewAfterShiftReport(id: $id, note: $note) {\n      ...AfterShiftReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShiftSummaryFields on Shift {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    headcount\n    filled\n    cancelledAt\n    requiredSkill {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ShiftSummaryFields on Shift {\n    id\n    title\n    startsAt\n    endsAt\n    location\n    headcount\n    filled\n    cancelledAt\n    requiredSkill {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShiftDetailFields on Shift {\n    ...ShiftSummaryFields\n    notes\n    offers {\n      id\n      status\n      offeredAt\n      respondedAt\n      worker {\n        id\n        displayName\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ShiftDetailFields on Shift {\n    ...ShiftSummaryFields\n    notes\n    offers {\n      id\n      status\n      offeredAt\n      respondedAt\n      worker {\n        id\n        displayName\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shifts($filter: ShiftFilter) {\n    shifts(filter: $filter) {\n      ...ShiftSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query Shifts($filter: ShiftFilter) {\n    shifts(filter: $filter) {\n      ...ShiftSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shift($id: ID!) {\n    shift(id: $id) {\n      ...ShiftDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Shift($id: ID!) {\n    shift(id: $id) {\n      ...ShiftDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      ...ShiftDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      ...ShiftDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelShift($id: ID!) {\n    cancelShift(id: $id) {\n      ...ShiftDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelShift($id: ID!) {\n    cancelShift(id: $id) {\n      ...ShiftDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferShift($shiftId: ID!, $userIds: [ID!]!) {\n    offerShift(shiftId: $shiftId, userIds: $userIds) {\n      ...ShiftDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation OfferShift($shiftId: ID!, $userIds: [ID!]!) {\n    offerShift(shiftId: $shiftId, userIds: $userIds) {\n      ...ShiftDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignShift($shiftId: ID!, $userId: ID!) {\n    assignShift(shiftId: $shiftId, userId: $userId) {\n      ...ShiftDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignShift($shiftId: ID!, $userId: ID!) {\n    assignShift(shiftId: $shiftId, userId: $userId) {\n      ...ShiftDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawShiftOffer($offerId: ID!) {\n    withdrawShiftOffer(offerId: $offerId) {\n      ...ShiftDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawShiftOffer($offerId: ID!) {\n    withdrawShiftOffer(offerId: $offerId) {\n      ...ShiftDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Skills {\n    skills {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Skills {\n    skills {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSkill($name: String!) {\n    createSkill(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSkill($name: String!) {\n    createSkill(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSkill($userId: ID!, $skillId: ID!, $level: Int!) {\n    assignSkill(userId: $userId, skillId: $skillId, level: $level) {\n      ...WorkerProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSkill($userId: ID!, $skillId: ID!, $level: Int!) {\n    assignSkill(userId: $userId, skillId: $skillId, level: $level) {\n      ...WorkerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSkill($userId: ID!, $skillId: ID!) {\n    removeSkill(userId: $userId, skillId: $skillId) {\n      ...WorkerProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSkill($userId: ID!, $skillId: ID!) {\n    removeSkill(userId: $userId, skillId: $skillId) {\n      ...WorkerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimeOffRequestFields on TimeOffRequest {\n    id\n    startDate\n    endDate\n    reason\n    status\n    createdAt\n    reviewedAt\n    reviewNote\n  }\n"): (typeof documents)["\n  fragment TimeOffRequestFields on TimeOffRequest {\n    id\n    startDate\n    endDate\n    reason\n    status\n    createdAt\n    reviewedAt\n    reviewNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimeOffFields on TimeOffRequest {\n    ...TimeOffRequestFields\n    worker {\n      id\n      displayName\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment TimeOffFields on TimeOffRequest {\n    ...TimeOffRequestFields\n    worker {\n      id\n      displayName\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimeOffRequests($status: TimeOffStatus) {\n    timeOffRequests(status: $status) {\n      ...TimeOffFields\n    }\n  }\n"): (typeof documents)["\n  query TimeOffRequests($status: TimeOffStatus) {\n    timeOffRequests(status: $status) {\n      ...TimeOffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveTimeOff($id: ID!, $note: String) {\n    approveTimeOff(id: $id, note: $note) {\n      ...TimeOffFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveTimeOff($id: ID!, $note: String) {\n    approveTimeOff(id: $id, note: $note) {\n      ...TimeOffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectTimeOff($id: ID!, $reason: String!) {\n    rejectTimeOff(id: $id, reason: $reason) {\n      ...TimeOffFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectTimeOff($id: ID!, $reason: String!) {\n    rejectTimeOff(id: $id, reason: $reason) {\n      ...TimeOffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerDetailsFields on WorkerDetails {\n    firstName\n    lastName\n    phone\n    address\n    emergencyContactName\n    emergencyContactPhone\n    updatedAt\n    updatedBy\n  }\n"): (typeof documents)["\n  fragment WorkerDetailsFields on WorkerDetails {\n    firstName\n    lastName\n    phone\n    address\n    emergencyContactName\n    emergencyContactPhone\n    updatedAt\n    updatedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerProfileFields on WorkerProfile {\n    user {\n      ...PlannerUserFields\n    }\n    details {\n      ...WorkerDetailsFields\n    }\n    compensation {\n      payType\n      rate\n      currency\n    }\n    skills {\n      skill {\n        id\n        name\n      }\n      level\n      selfRating\n      selfRatedAt\n    }\n    certifications {\n      ...CertificationReviewFields\n    }\n    workingHours {\n      ...WorkingHoursFields\n    }\n    restrictions\n    unavailableDays {\n      id\n      date\n      source\n    }\n  }\n"): (typeof documents)["\n  fragment WorkerProfileFields on WorkerProfile {\n    user {\n      ...PlannerUserFields\n    }\n    details {\n      ...WorkerDetailsFields\n    }\n    compensation {\n      payType\n      rate\n      currency\n    }\n    skills {\n      skill {\n        id\n        name\n      }\n      level\n      selfRating\n      selfRatedAt\n    }\n    certifications {\n      ...CertificationReviewFields\n    }\n    workingHours {\n      ...WorkingHoursFields\n    }\n    restrictions\n    unavailableDays {\n      id\n      date\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerProfile($userId: ID!) {\n    workerProfile(userId: $userId) {\n      ...WorkerProfileFields\n    }\n  }\n"): (typeof documents)["\n  query WorkerProfile($userId: ID!) {\n    workerProfile(userId: $userId) {\n      ...WorkerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkerDetails($userId: ID!, $input: WorkerDetailsInput!) {\n    updateWorkerDetails(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkerDetails($userId: ID!, $input: WorkerDetailsInput!) {\n    updateWorkerDetails(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompensation($userId: ID!, $input: CompensationInput!) {\n    setCompensation(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCompensation($userId: ID!, $input: CompensationInput!) {\n    setCompensation(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkingHours($userId: ID!, $input: WorkingHoursInput!) {\n    setWorkingHours(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkingHours($userId: ID!, $input: WorkingHoursInput!) {\n    setWorkingHours(userId: $userId, input: $input) {\n      ...WorkerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRestrictions($userId: ID!, $restrictions: [String!]!) {\n    setRestrictions(userId: $userId, restrictions: $restrictions) {\n      ...WorkerProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRestrictions($userId: ID!, $restrictions: [String!]!) {\n    setRestrictions(userId: $userId, restrictions: $restrictions) {\n      ...WorkerProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingHoursFields on WorkingHours {\n    contractedHoursPerWeek\n    maxHoursPerWeek\n    days {\n      weekday\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment WorkingHoursFields on WorkingHours {\n    contractedHoursPerWeek\n    maxHoursPerWeek\n    days {\n      weekday\n      start\n      end\n    }\n  }\n"];
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
export function graphql(source: "\n  query RoleInheritance($id: ID!) {\n    role(id: $id) {\n      id\n      inheritanceGraph {\n        roles {\n          id\n          name\n          isSystem\n        }\n        links {\n          childId\n          parentId\n          inheritedPermissionsCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleInheritance($id: ID!) {\n    role(id: $id) {\n      id\n      inheritanceGraph {\n        roles {\n          id\n          name\n          isSystem\n        }\n        links {\n          childId\n          parentId\n          inheritedPermissionsCount\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SuperAdminFields on SuperAdmin {\n    id\n    username\n    displayName\n    email\n    active\n    deactivatedAt\n    twoFactorRequired\n    twoFactorEnabled\n    lastLoginAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment SuperAdminFields on SuperAdmin {\n    id\n    username\n    displayName\n    email\n    active\n    deactivatedAt\n    twoFactorRequired\n    twoFactorEnabled\n    lastLoginAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuperAdmins {\n    superAdmins {\n      ...SuperAdminFields\n    }\n  }\n"): (typeof documents)["\n  query SuperAdmins {\n    superAdmins {\n      ...SuperAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSuperAdmin($input: CreateSuperAdminInput!) {\n    createSuperAdmin(input: $input) {\n      ...SuperAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSuperAdmin($input: CreateSuperAdminInput!) {\n    createSuperAdmin(input: $input) {\n      ...SuperAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateSuperAdmin($id: ID!) {\n    deactivateSuperAdmin(id: $id) {\n      ...SuperAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateSuperAdmin($id: ID!) {\n    deactivateSuperAdmin(id: $id) {\n      ...SuperAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateSuperAdmin($id: ID!) {\n    reactivateSuperAdmin(id: $id) {\n      ...SuperAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateSuperAdmin($id: ID!) {\n    reactivateSuperAdmin(id: $id) {\n      ...SuperAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantFields on Tenant {\n    id\n    slug\n    name\n    status\n    suspendedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TenantFields on Tenant {\n    id\n    slug\n    name\n    status\n    suspendedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants($filter: TenantFilter) {\n    tenants(filter: $filter) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  query Tenants($filter: TenantFilter) {\n    tenants(filter: $filter) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTenant($id: ID!, $name: String!) {\n    renameTenant(id: $id, name: $name) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameTenant($id: ID!, $name: String!) {\n    renameTenant(id: $id, name: $name) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTenant($id: ID!, $reason: String) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendTenant($id: ID!, $reason: String) {\n    suspendTenant(id: $id, reason: $reason) {\n      ...TenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateTenant($id: ID!) {\n    reactivateTenant(id: $id) {\n      ...TenantFields\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ResetTwoFactor($id: ID!) {\n    resetTwoFactor(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetTwoFactor($id: ID!) {\n    resetTwoFactor(id: $id) {\n      ...UserDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserApiTokens($userId: ID!) {\n    userApiTokens(userId: $userId) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query UserApiTokens($userId: ID!) {\n    userApiTokens(userId: $userId) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUserApiToken($userId: ID!, $name: String!, $expiresAt: DateTimeISO) {\n    createUserApiToken(userId: $userId, name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUserApiToken($userId: ID!, $name: String!, $expiresAt: DateTimeISO) {\n    createUserApiToken(userId: $userId, name: $name, expiresAt: $expiresAt) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserApiToken($userId: ID!, $id: ID!) {\n    revokeUserApiToken(userId: $userId, id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeUserApiToken($userId: ID!, $id: ID!) {\n    revokeUserApiToken(userId: $userId, id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ip\n    }\n  }\n"): (typeof documents)["\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      userAgent\n      ip\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAllSessions($userId: ID!) {\n    revokeAllSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RevokeAllSessions($userId: ID!) {\n    revokeAllSessions(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserDetailFields on User {\n    id\n    username\n    email\n    firstName\n    lastName\n    displayName\n    phone\n    jobTitle\n    department\n    location\n    timeZone\n    effectiveTimeZone\n    origin\n    state\n    holdInvite\n    isActive\n    externalPlannerAccess\n    externalPurchasingAccess\n    portalAccess\n    twoFactorRequired\n    twoFactorEnabled\n    twoFactorEnrolledAt\n    passwordChangeRequired\n    lastLoginAt\n    activatedAt\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    signInLockedUntil\n    role {\n      id\n      name\n      isSystem\n    }\n    approvalGroups {\n      id\n      name\n    }\n    holidayDelegations {\n      id\n      delegatorId\n      delegateId\n      startsOn\n      endsOn\n      delegator {\n        id\n        displayName\n      }\n      delegate {\n        id\n        displayName\n      }\n    }\n    links {\n      kind\n      status\n      createdAt\n      expiresAt\n      usedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  fragment UserDetailFields on User {\n    id\n    username\n    email\n    firstName\n    lastName\n    displayName\n    phone\n    jobTitle\n    department\n    location\n    timeZone\n    effectiveTimeZone\n    origin\n    state\n    holdInvite\n    isActive\n    externalPlannerAccess\n    externalPurchasingAccess\n    portalAccess\n    twoFactorRequired\n    twoFactorEnabled\n    twoFactorEnrolledAt\n    passwordChangeRequired\n    lastLoginAt\n    activatedAt\n    version\n    createdAt\n    updatedAt\n    deletedAt\n    signInLockedUntil\n    role {\n      id\n      name\n      isSystem\n    }\n    approvalGroups {\n      id\n      name\n    }\n    holidayDelegations {\n      id\n      delegatorId\n      delegateId\n      startsOn\n      endsOn\n      delegator {\n        id\n        displayName\n      }\n      delegate {\n        id\n        displayName\n      }\n    }\n    links {\n      kind\n      status\n      createdAt\n      expiresAt\n      usedAt\n      revokedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  query UserActivity($userId: ID!) {\n    userActivity(userId: $userId) {\n      lastLoginAt\n      loginsLast7Days\n      loginsLast30Days\n      loginsLast365Days\n      signInsSince\n      signInsPerDay {\n        day\n        signIns\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserActivity($userId: ID!) {\n    userActivity(userId: $userId) {\n      lastLoginAt\n      loginsLast7Days\n      loginsLast30Days\n      loginsLast365Days\n      signInsSince\n      signInsPerDay {\n        day\n        signIns\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          username\n          email\n          displayName\n          state\n          isActive\n          lastLoginAt\n          origin\n          role {\n            id\n            name\n            isSystem\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          username\n          email\n          displayName\n          state\n          isActive\n          lastLoginAt\n          origin\n          role {\n            id\n            name\n            isSystem\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportUsers($filter: UserFilter) {\n    exportUsers(filter: $filter)\n  }\n"): (typeof documents)["\n  query ExportUsers($filter: UserFilter) {\n    exportUsers(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      failed\n      rows {\n        line\n        username\n        status\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUsers($csv: String!, $dryRun: Boolean!) {\n    importUsers(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      created\n      failed\n      rows {\n        line\n        username\n        status\n        errors {\n          field\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAvailability {\n    myAvailability {\n      id\n      date\n      source\n    }\n    myTimeOffRequests {\n      ...TimeOffRequestFields\n    }\n  }\n"): (typeof documents)["\n  query MyAvailability {\n    myAvailability {\n      id\n      date\n      source\n    }\n    myTimeOffRequests {\n      ...TimeOffRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockDay($date: String!) {\n    blockDay(date: $date) {\n      id\n      date\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation BlockDay($date: String!) {\n    blockDay(date: $date) {\n      id\n      date\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockDay($id: ID!) {\n    unblockDay(id: $id)\n  }\n"): (typeof documents)["\n  mutation UnblockDay($id: ID!) {\n    unblockDay(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTimeOff($input: TimeOffInput!) {\n    requestTimeOff(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestTimeOff($input: TimeOffInput!) {\n    requestTimeOff(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTimeOffRequest($id: ID!) {\n    cancelTimeOffRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTimeOffRequest($id: ID!) {\n    cancelTimeOffRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n      lastFetchedAt\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n      lastFetchedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      url\n      feed {\n        createdAt\n        lastFetchedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      url\n      feed {\n        createdAt\n        lastFetchedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertifications {\n    myCertifications {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  query MyCertifications {\n    myCertifications {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadCertificationProof($input: CertificationProofInput!) {\n    uploadCertificationProof(input: $input) {\n      ...CertificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UploadCertificationProof($input: CertificationProofInput!) {\n    uploadCertificationProof(input: $input) {\n      ...CertificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDashboard {\n    portalDashboard {\n      cards\n      openOffers\n      pendingReports\n    }\n  }\n"): (typeof documents)["\n  query PortalDashboard {\n    portalDashboard {\n      cards\n      openOffers\n      pendingReports\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      event\n      description\n      email\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      event\n      description\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {\n    setNotificationPreference(event: $event, email: $email) {\n      event\n      description\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {\n    setNotificationPreference(event: $event, email: $email) {\n      event\n      description\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalProfileFields on PortalProfile {\n    username\n    email\n    details {\n      ...WorkerDetailsFields\n    }\n  }\n"): (typeof documents)["\n  fragment PortalProfileFields on PortalProfile {\n    username\n    email\n    details {\n      ...WorkerDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      ...PortalProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile {\n      ...PortalProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: WorkerDetailsInput!) {\n    updateMyProfile(input: $input) {\n      ...PortalProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: WorkerDetailsInput!) {\n    updateMyProfile(input: $input) {\n      ...PortalProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyTimeZone($timeZone: String) {\n    setMyTimeZone(timeZone: $timeZone)\n  }\n"): (typeof documents)["\n  mutation SetMyTimeZone($timeZone: String) {\n    setMyTimeZone(timeZone: $timeZone)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReports {\n    myPendingReports {\n      ...PortalShiftFields\n    }\n    myReports {\n      id\n      shift {\n        ...PortalShiftFields\n      }\n      hoursWorked\n      notes\n      incidents\n      submittedAt\n      status\n      reviewNote\n    }\n  }\n"): (typeof documents)["\n  query MyReports {\n    myPendingReports {\n      ...PortalShiftFields\n    }\n    myReports {\n      id\n      shift {\n        ...PortalShiftFields\n      }\n      hoursWorked\n      notes\n      incidents\n      submittedAt\n      status\n      reviewNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAfterShiftReport($input: AfterShiftReportInput!) {\n    submitAfterShiftReport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAfterShiftReport($input: AfterShiftReportInput!) {\n    submitAfterShiftReport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalViewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query PortalViewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalShiftFields on PortalShift {\n    id\n    offerId\n    title\n    startsAt\n    endsAt\n    location\n    requiredSkill {\n      id\n      name\n    }\n    notes\n    status\n    respondedAt\n  }\n"): (typeof documents)["\n  fragment PortalShiftFields on PortalShift {\n    id\n    offerId\n    title\n    startsAt\n    endsAt\n    location\n    requiredSkill {\n      id\n      name\n    }\n    notes\n    status\n    respondedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyShifts($includePast: Boolean! = false) {\n    myShifts(includePast: $includePast) {\n      ...PortalShiftFields\n    }\n  }\n"): (typeof documents)["\n  query MyShifts($includePast: Boolean! = false) {\n    myShifts(includePast: $includePast) {\n      ...PortalShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptShiftOffer($offerId: ID!) {\n    acceptShiftOffer(offerId: $offerId) {\n      ...PortalShiftFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptShiftOffer($offerId: ID!) {\n    acceptShiftOffer(offerId: $offerId) {\n      ...PortalShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineShiftOffer($offerId: ID!) {\n    declineShiftOffer(offerId: $offerId) {\n      ...PortalShiftFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineShiftOffer($offerId: ID!) {\n    declineShiftOffer(offerId: $offerId) {\n      ...PortalShiftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MySkillFields on WorkerSkill {\n    skill {\n      id\n      name\n    }\n    level\n    selfRating\n    selfRatedAt\n  }\n"): (typeof documents)["\n  fragment MySkillFields on WorkerSkill {\n    skill {\n      id\n      name\n    }\n    level\n    selfRating\n    selfRatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySkills {\n    mySkills {\n      ...MySkillFields\n    }\n  }\n"): (typeof documents)["\n  query MySkills {\n    mySkills {\n      ...MySkillFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateMySkill($skillId: ID!, $rating: Int!) {\n    rateMySkill(skillId: $skillId, rating: $rating) {\n      ...MySkillFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateMySkill($skillId: ID!, $rating: Int!) {\n    rateMySkill(skillId: $skillId, rating: $rating) {\n      ...MySkillFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkingHours {\n    myWorkingHours {\n      ...WorkingHoursFields\n    }\n  }\n"): (typeof documents)["\n  query MyWorkingHours {\n    myWorkingHours {\n      ...WorkingHoursFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;