import { randomUUID } from 'node:crypto';
import { decodeProtectedHeader, type JWTPayload } from 'jose';
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

/** How many verified tokens to remember; a signature check costs more than the rest of a cached request. */
const VERIFIED_TOKENS_KEPT = 10_000;

interface VerifiedToken {
  subject: TokenSubject;
  /** Epoch milliseconds (`exp`). */
  expiresAt: number;
  kid: string;
}

/** A token that can only choose a new password lives just long enough to do that. */
export const PASSWORD_CHANGE_TTL_SECONDS = 600;

/**
 * Access tokens say who the caller is, never what they may do: permissions are read per request,
 * so a role change or deactivation takes effect on the very next call.
 */
export class AccessTokens {
  /** Tokens whose signature was checked, by their exact text: the same text always verifies the same way. */
  private readonly verified = new Map<string, VerifiedToken>();

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
    const known = this.verified.get(token);
    if (known) {
      // Still bound by its expiry and by its key: a retired key retires its tokens, remembered or not.
      if (known.expiresAt > this.now() && this.keys.verifying.has(known.kid)) return known.subject;
      this.verified.delete(token);
    }
    const subject = await this.check(token);
    if (subject) this.remember(token, subject);
    return subject?.subject ?? null;
  }

  private remember(token: string, verified: VerifiedToken): void {
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) {
      const oldest = this.verified.keys().next().value;
      if (oldest !== undefined) this.verified.delete(oldest);
    }
    this.verified.set(token, verified);
  }

  private async check(token: string): Promise<VerifiedToken | null> {
    const payload = await verifyJwt(this.keys, token, AUDIENCE, this.now());
    const kid = payload && decodeProtectedHeader(token).kid;
    if (!payload?.sub || !kid || typeof payload.exp !== 'number') return null;
    const subject = subjectOf(payload, payload.sub);
    return subject && { subject, expiresAt: payload.exp * 1000, kid };
  }
}

function subjectOf(payload: JWTPayload, sub: string): TokenSubject | null {
  const sessionId = typeof payload.sid === 'string' ? payload.sid : undefined;
  const twoFactorStep = payload.scp === 'totp_challenge' || payload.scp === 'totp_enroll' ? payload.scp : undefined;
  const step = twoFactorStep ? { twoFactorStep, ...(typeof payload.jti === 'string' ? { stepTokenId: payload.jti } : {}) } : {};
  if (payload.knd === 'user' && typeof payload.tid === 'string') {
    return {
      kind: 'user',
      userId: sub,
      tenantId: payload.tid,
      pendingPasswordChange: payload.scp === 'password_change',
      ...step,
      sessionId,
    };
  }
  if (payload.knd === 'super_admin') return { kind: 'super_admin', superAdminId: sub, ...step, sessionId };
  return null;
}
