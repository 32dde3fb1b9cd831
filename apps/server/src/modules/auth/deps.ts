import type { PlatformDefaults } from '@access/domain';
import type { DataSource } from 'typeorm';
import type { ApiTokensService } from '../api-tokens/api-tokens.service.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import type { TwoFactorService } from '../two-factor/two-factor.service.js';
import type { AccessTokens } from './access-tokens.js';
import type { LoginThrottle } from './login-throttle.js';
import type { PasswordVerifier } from './password-hashing.js';
import type { PrincipalCache } from './principal-cache.js';
import type { SignInMeter } from './sign-in-meter.js';

/** What signing in and reading a bearer token reach: resolvers and the request context pass it as is. */
export interface AuthDeps {
  dataSource: DataSource;
  tokens: AccessTokens;
  throttle: LoginThrottle;
  /** Every sign-in attempt verifies exactly one password through it, a dummy one when there is no account. */
  passwords: PasswordVerifier;
  sessions: SessionsService;
  apiTokens: ApiTokensService;
  twoFactor: TwoFactorService;
  /** The principals of recent requests; see principalFromToken. */
  principals: PrincipalCache;
  /** What a tenant's sign-in settings fall back to, and what super admins always get. */
  platformDefaults: PlatformDefaults;
  signIns: SignInMeter;
}
