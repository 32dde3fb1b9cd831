import { randomUUID } from 'node:crypto';
import { signJwt, verifyJwt } from './jwt.js';
import type { SigningKeys } from './signing-keys.js';

const AUDIENCE = 'access-api';

/** `sessionId` ties an access token to its sign-in session, so ending the session ends the token. */
export type TokenSubject =
  | {
      kind: 'user';
      userId: string;
      tenantId: string;
      pendingPasswordChange?: boolean;
      /** A step token of the two-factor sign-in: it can only be handed back to finish that step. */
      twoFactorStep?: TwoFactorStep;
      /** The step token's own id (`jti`): a session records the challenge it answered, so a challenge opens one session only. */
      stepTokenId?: string;
      sessionId?: string;
    }
  | {
      kind: 'super_admin';
      superAdminId: string;
      /** As for users: a step token of the two-factor sign-in, good for nothing else. */
      twoFactorStep?: TwoFactorStep;
      stepTokenId?: string;
      sessionId?: string;
    };

export type TwoFactorStep = 'totp_challenge' | 'totp_enroll';

/** A token that can only choose a new password lives just long enough to do that. */
const PASSWORD_CHANGE_TTL_SECONDS = 600;

/**
 * Access tokens say who the caller is, never what they may do: permissions are read per request,
 * so a role change or deactivation takes effect on the very next call.
 */
export class AccessTokens {
  constructor(
    private readonly keys: SigningKeys,
    private readonly ttlSeconds: number,
    /** The clock, replaceable so expiry can be tested without waiting. */
    private readonly now: () => number = Date.now,
  ) {}

  /** `ttlSeconds` is the tenant's own access-token lifetime, where it has set one. */
  async issue(subject: TokenSubject, ttlSeconds = this.ttlSeconds): Promise<{ token: string; expiresAt: Date }> {
    const pending = subject.kind === 'user' && subject.pendingPasswordChange === true;
    const step = subject.twoFactorStep;
    const expiresAt = new Date(this.now() + (pending || step ? PASSWORD_CHANGE_TTL_SECONDS : ttlSeconds) * 1000);
    const session = subject.sessionId ? { sid: subject.sessionId } : {};
    const claims =
      subject.kind === 'user'
        ? { knd: 'user', tid: subject.tenantId, ...session, ...(pending ? { scp: 'password_change' } : step ? { scp: step } : {}) }
        : { knd: 'super_admin', ...session, ...(step ? { scp: step } : {}) };
    const token = await signJwt(this.keys, claims, {
      audience: AUDIENCE,
      subject: subject.kind === 'user' ? subject.userId : subject.superAdminId,
      issuedAt: Math.floor(this.now() / 1000),
      expiresAt: Math.floor(expiresAt.getTime() / 1000),
      ...(step ? { jti: randomUUID() } : {}),
    });
    return { token, expiresAt };
  }

  /** The token's subject, or null for anything invalid, expired or signed by another key. */
  async verify(token: string): Promise<TokenSubject | null> {
    const payload = await verifyJwt(this.keys, token, AUDIENCE, this.now());
    if (!payload?.sub) return null;
    const sessionId = typeof payload.sid === 'string' ? payload.sid : undefined;
    const twoFactorStep = payload.scp === 'totp_challenge' || payload.scp === 'totp_enroll' ? payload.scp : undefined;
    const step = twoFactorStep ? { twoFactorStep, ...(typeof payload.jti === 'string' ? { stepTokenId: payload.jti } : {}) } : {};
    if (payload.knd === 'user' && typeof payload.tid === 'string') {
      return {
        kind: 'user',
        userId: payload.sub,
        tenantId: payload.tid,
        pendingPasswordChange: payload.scp === 'password_change',
        ...step,
        sessionId,
      };
    }
    if (payload.knd === 'super_admin') return { kind: 'super_admin', superAdminId: payload.sub, ...step, sessionId };
    return null;
  }
}
