import { UserPermissionEntity } from '../modules/access/user-permission.entity.js';
import { ApiTokenEntity } from '../modules/api-tokens/api-token.entity.js';
import { ApprovalGroupMemberEntity } from '../modules/approvals/approval-group-member.entity.js';
import { ApprovalGroupEntity } from '../modules/approvals/approval-group.entity.js';
import { HolidayDelegationEntity } from '../modules/approvals/holiday-delegation.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { AuditChainHeadEntity } from '../modules/audit/chain/chain-head.entity.js';
import { AuditChainLinkEntity } from '../modules/audit/chain/chain-link.entity.js';
import { AuditChainSealEntity } from '../modules/audit/chain/chain-seal.entity.js';
import { LoginEventEntity } from '../modules/auth/login-event.entity.js';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity.js';
import { SigningKeyEntity } from '../modules/auth/signing-key.entity.js';
import { MailMessageEntity } from '../modules/mail/mail-message.entity.js';
import { AfterShiftReportEntity } from '../modules/planner/entities/after-shift-report.entity.js';
import { CalendarFeedEntity } from '../modules/planner/entities/calendar-feed.entity.js';
import { CertificationProofEntity } from '../modules/planner/entities/certification-proof.entity.js';
import { NotificationPreferenceEntity } from '../modules/planner/entities/notification-preference.entity.js';
import { ShiftOfferEntity } from '../modules/planner/entities/shift-offer.entity.js';
import { ShiftEntity } from '../modules/planner/entities/shift.entity.js';
import { SkillEntity } from '../modules/planner/entities/skill.entity.js';
import { TimeOffRequestEntity } from '../modules/planner/entities/time-off-request.entity.js';
import { UnavailableDayEntity } from '../modules/planner/entities/unavailable-day.entity.js';
import { WorkerCertificationEntity } from '../modules/planner/entities/worker-certification.entity.js';
import { WorkerProfileEntity } from '../modules/planner/entities/worker-profile.entity.js';
import { WorkerSkillEntity } from '../modules/planner/entities/worker-skill.entity.js';
import { RoleParentEntity } from '../modules/roles/role-parent.entity.js';
import { RolePermissionEntity } from '../modules/roles/role-permission.entity.js';
import { RoleEntity } from '../modules/roles/role.entity.js';
import { AuthSessionEntity } from '../modules/sessions/auth-session.entity.js';
import { RefreshTokenEntity } from '../modules/sessions/refresh-token.entity.js';
import { RecoveryCodeEntity } from '../modules/two-factor/recovery-code.entity.js';
import { OidcProviderEntity } from '../modules/sso/entities/oidc-provider.entity.js';
import { SsoSignInAttemptEntity } from '../modules/sso/entities/sign-in-attempt.entity.js';
import { SuperAdminEntity } from '../modules/super-admins/super-admin.entity.js';
import { TenantEntity } from '../modules/tenants/tenant.entity.js';
import { UserTokenEntity } from '../modules/users/user-token.entity.js';
import { UserDirectoryTombstoneEntity } from '../modules/users/directory/user-directory-tombstone.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';

export const entities = [
  TenantEntity,
  RoleEntity,
  RoleParentEntity,
  RolePermissionEntity,
  UserEntity,
  UserDirectoryTombstoneEntity,
  UserPermissionEntity,
  UserTokenEntity,
  LoginEventEntity,
  LoginThrottleEntity,
  SigningKeyEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  ApiTokenEntity,
  RecoveryCodeEntity,
  ApprovalGroupEntity,
  ApprovalGroupMemberEntity,
  HolidayDelegationEntity,
  SuperAdminEntity,
  OidcProviderEntity,
  SsoSignInAttemptEntity,
  AuditEntryEntity,
  AuditChainLinkEntity,
  AuditChainHeadEntity,
  AuditChainSealEntity,
  MailMessageEntity,
  WorkerProfileEntity,
  SkillEntity,
  WorkerSkillEntity,
  WorkerCertificationEntity,
  CertificationProofEntity,
  ShiftEntity,
  ShiftOfferEntity,
  AfterShiftReportEntity,
  TimeOffRequestEntity,
  UnavailableDayEntity,
  NotificationPreferenceEntity,
  CalendarFeedEntity,
];
