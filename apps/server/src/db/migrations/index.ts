import { Initial1795597517653 } from './1795597517653-initial.js';
import { AccessModelAndSuperAdminMode1795598168232 } from './1795598168232-access-model-and-super-admin-mode.js';
import { UserAdministration1795599104461 } from './1795599104461-user-administration.js';
import { SignInThrottle1795599829312 } from './1795599829312-sign-in-throttle.js';
import { Sessions1795600229759 } from './1795600229759-sessions.js';
import { ApiTokens1795600721465 } from './1795600721465-api-tokens.js';
import { TwoFactor1795601015696 } from './1795601015696-two-factor.js';
import { PlannerAndPortal1795607700291 } from './1795607700291-planner-and-portal.js';
import { ReportReminders1795611228399 } from './1795611228399-report-reminders.js';
import { SingleUseTwoFactorChallenge1796109022255 } from './1796109022255-single-use-two-factor-challenge.js';
import { WriteOrder1796110500000 } from './1796110500000-write-order.js';
import { UserSearchIndexes1796114300000 } from './1796114300000-user-search-indexes.js';
import { UserDirectory1796121107930 } from './1796121107930-user-directory.js';
import { UserRoleOrder1796123622397 } from './1796123622397-user-role-order.js';
import { MailRecipient1796297493934 } from './1796297493934-mail-recipient.js';
import { PlatformAccounts1796562982278 } from './1796562982278-platform-accounts.js';
import { TenantSettings1796564024892 } from './1796564024892-tenant-settings.js';
import { SingleSignOn1796565703168 } from './1796565703168-single-sign-on.js';
import { PrincipalChangeNotices1796600000000 } from './1796600000000-principal-change-notices.js';
import { AuditChain1796610000000 } from './1796610000000-audit-chain.js';
import { RetireRestorePermissions1796615000000 } from './1796615000000-retire-restore-permissions.js';
import { ApprovalsManagement1796620000000 } from './1796620000000-approvals-management.js';
import { MailDeliveryOutbox1796650000000 } from './1796650000000-mail-delivery-outbox.js';
import { SigningKeys1796660000000 } from './1796660000000-signing-keys.js';
import { UserTimeZone1796670000000 } from './1796670000000-user-time-zone.js';
import { AuditFilterOrder1796680000000 } from './1796680000000-audit-filter-order.js';

/** Every migration, oldest first. Migrations are history: add new ones, never edit landed ones. */
export const migrations = [Initial1795597517653, AccessModelAndSuperAdminMode1795598168232, UserAdministration1795599104461, SignInThrottle1795599829312, Sessions1795600229759, ApiTokens1795600721465, TwoFactor1795601015696, PlannerAndPortal1795607700291, ReportReminders1795611228399, SingleUseTwoFactorChallenge1796109022255, WriteOrder1796110500000, UserSearchIndexes1796114300000, UserDirectory1796121107930, UserRoleOrder1796123622397, MailRecipient1796297493934, PlatformAccounts1796562982278, TenantSettings1796564024892, SingleSignOn1796565703168, PrincipalChangeNotices1796600000000, AuditChain1796610000000, RetireRestorePermissions1796615000000, ApprovalsManagement1796620000000, MailDeliveryOutbox1796650000000, SigningKeys1796660000000, UserTimeZone1796670000000, AuditFilterOrder1796680000000];
