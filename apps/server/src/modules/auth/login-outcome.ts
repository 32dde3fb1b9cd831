import type { Principal } from './principal.js';
import type { IssuedRefresh } from '../sessions/sessions.service.js';
import type { Enrollment } from '../two-factor/two-factor.service.js';

export type LoginOutcome =
  | { kind: 'session'; accessToken: string; expiresAt: Date; principal: Principal; refresh: IssuedRefresh }
  | { kind: 'password_change'; changeToken: string; expiresAt: Date; reason: 'temporary_password' | 'reset_required' }
  | { kind: 'totp_challenge'; challengeToken: string; expiresAt: Date }
  | { kind: 'totp_enroll'; enrollmentToken: string; expiresAt: Date; enrollment: Enrollment };
