import type { DataSource } from 'typeorm';
import { ApiTokensService } from './modules/api-tokens/api-tokens.service.js';
import { ActivePermissions } from './modules/access/active-permissions.js';
import { TenantAccessCache } from './modules/access/tenant-access-cache.js';
import { AccessTokens } from './modules/auth/access-tokens.js';
import { PrincipalCache } from './modules/auth/principal-cache.js';
import type { AuthDeps } from './modules/auth/deps.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { uncountedSignIns, type SignInMeter } from './modules/auth/sign-in-meter.js';
import { argon2Verifier } from './modules/auth/password-hashing.js';
import type { SigningKeys } from './modules/auth/signing-keys.js';
import { SessionsService } from './modules/sessions/sessions.service.js';
import { TwoFactorService } from './modules/two-factor/two-factor.service.js';
import type { Config } from './config.js';
import type { MailPort } from './modules/mail/mail.port.js';
import type { SecretBox } from './modules/secrets/secret-box.js';
import type { FileStorage } from './modules/files/file-storage.js';
import { createFileStorage } from './modules/files/create-file-storage.js';
import { SignedLinks } from './modules/files/signed-links.js';
import { UserDirectory } from './modules/users/directory/user-directory.js';
import { UserList } from './modules/users/queries/list-users.js';
import { platformDefaultsFrom } from './modules/tenants/tenant-settings.js';
import type { UseCaseDeps } from './modules/use-case-deps.js';
import { AuditChainStatusReader } from './modules/audit/chain/chain-status.js';

export interface Services {
  /** Passed as is to the use-case functions that resolvers call. */
  deps: UseCaseDeps;
  sessions: SessionsService;
  apiTokens: ApiTokensService;
  accessCache: TenantAccessCache;
  /** Passed as is to the sign-in use cases and to the request context's token check. */
  auth: AuthDeps;
  permissions: ActivePermissions;
  userList: UserList;
  /** Whether the development outbox may be read: never in production, it holds temporary passwords. */
  outboxReadable: boolean;
  files: FileStorage;
  signedLinks: SignedLinks;
  auditChain: AuditChainStatusReader;
}

export interface ServiceOptions {
  config: Config;
  keys: SigningKeys;
  mailer: MailPort;
  secrets: SecretBox;
  /** The web app's absolute URL; read when an email with a link is written. */
  appUrl: () => string;
  /** Where sign-in outcomes are counted; nowhere unless given. */
  signIns?: SignInMeter;
}

export function createServices(dataSource: DataSource, options: ServiceOptions): Services {
  const tokens = new AccessTokens(options.keys, options.config.accessTokenTtlSeconds);
  const accessCache = new TenantAccessCache(dataSource);
  const sessions = new SessionsService(dataSource);
  const apiTokens = new ApiTokensService(dataSource);
  const twoFactor = new TwoFactorService(dataSource);
  const files = createFileStorage(options.config);
  const platformDefaults = platformDefaultsFrom(options.config);
  const deps: UseCaseDeps = {
    dataSource,
    platformDefaults,
    secrets: options.secrets,
    ssoAllowLoopbackHttp: options.config.ssoAllowLoopbackHttp,
    ssoAllowPrivateNetwork: options.config.ssoAllowPrivateNetwork,
    mailer: options.mailer,
    files,
    get appUrl() {
      return options.appUrl();
    },
  };
  return {
    deps,
    accessCache,
    sessions,
    apiTokens,
    auth: {
      dataSource,
      tokens,
      throttle: new LoginThrottle(dataSource, options.config.signIn, options.config.clock),
      passwords: argon2Verifier,
      sessions,
      apiTokens,
      twoFactor,
      principals: new PrincipalCache(),
      platformDefaults,
      signIns: options.signIns ?? uncountedSignIns,
    },
    permissions: new ActivePermissions(accessCache),
    userList: new UserList(dataSource, new UserDirectory(dataSource, options.config.userDirectoryMaxUsers), options.config.clock),
    outboxReadable: options.config.env !== 'production',
    files,
    signedLinks: new SignedLinks(options.keys, options.appUrl),
    auditChain: new AuditChainStatusReader(dataSource, options.keys),
  };
}
