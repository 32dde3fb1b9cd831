import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, UnauthenticatedError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import type { RequestOrigin } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { TokenSubject } from '../auth/access-tokens.js';
import { hashLinkToken, newLinkToken } from '../users/link-tokens.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';

/** Where no tenant setting or environment says otherwise. */
export const SESSION_LIFETIME_DAYS = 30;

export interface IssuedRefresh {
  sessionId: string;
  refreshToken: string;
  expiresAt: Date;
}

const subjectOf = (session: AuthSessionEntity): TokenSubject =>
  session.userId && session.tenantId
    ? { kind: 'user', userId: session.userId, tenantId: session.tenantId, sessionId: session.id }
    : { kind: 'super_admin', superAdminId: session.superAdminId!, sessionId: session.id };

/**
 * Sessions and their refresh tokens. A refresh token is opaque, stored hashed and exchanged for a
 * new one on every use; presenting a token that was already exchanged revokes the whole session,
 * since only a thief or a replay would do that.
 */
export class SessionsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `within` runs the start inside the caller's transaction; a two-factor sign-in passes the
   * challenge it answered, so the session and the spent challenge commit together.
   */
  async start(
    subject: TokenSubject,
    origin: RequestOrigin,
    within?: { manager: EntityManager; twoFactorChallengeId?: string },
    lifetimeDays = SESSION_LIFETIME_DAYS,
  ): Promise<IssuedRefresh> {
    const open = async (manager: EntityManager) => {
      const now = new Date();
      const session = await manager.save(
        manager.create(AuthSessionEntity, {
          tenantId: subject.kind === 'user' ? subject.tenantId : null,
          userId: subject.kind === 'user' ? subject.userId : null,
          superAdminId: subject.kind === 'super_admin' ? subject.superAdminId : null,
          lastUsedAt: now,
          expiresAt: new Date(now.getTime() + lifetimeDays * 86_400_000),
          userAgent: origin.userAgent?.slice(0, 300) ?? null,
          ip: origin.ip?.slice(0, 64) ?? null,
          twoFactorChallengeId: within?.twoFactorChallengeId ?? null,
        }),
      );
      return this.issueRefresh(manager, session);
    };
    return within ? open(within.manager) : this.dataSource.transaction(open);
  }

  /** Whether a session was already opened with this two-factor challenge. */
  async challengeAnswered(manager: EntityManager, twoFactorChallengeId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM auth_session WHERE two_factor_challenge_id = $1', [twoFactorChallengeId]);
    return rows.length > 0;
  }

  /** Exchanges a refresh token for a new one in the same session; returns who it belongs to. */
  async refresh(refreshToken: string, origin: RequestOrigin): Promise<{ subject: TokenSubject } & IssuedRefresh> {
    // Refusals are returned, not thrown, inside the transaction: a detected reuse must commit its revocation.
    const result = await this.dataSource.transaction(async (manager): Promise<({ subject: TokenSubject } & IssuedRefresh) | null> => {
      const token = await manager
        .getRepository(RefreshTokenEntity)
        .createQueryBuilder('token')
        .setLock('pessimistic_write')
        .where('token.token_hash = :hash', { hash: hashLinkToken(refreshToken) })
        .getOne();
      if (!token) return null;
      const session = await manager.findOneByOrFail(AuthSessionEntity, { id: token.sessionId });
      if (token.rotatedAt) {
        if (!session.revokedAt) {
          await manager.update(AuthSessionEntity, { id: session.id }, { revokedAt: new Date(), revokedReason: 'refresh_token_reuse' });
          if (session.tenantId) {
            await recordAudit(
              manager,
              { tenantId: session.tenantId, userId: null, superAdminId: null, label: 'Session protection', origin },
              { action: 'auth.refresh_token_reuse', targetType: 'user', targetId: session.userId, targetLabel: null, after: { sessionId: session.id } },
            );
          }
        }
        return null;
      }
      if (session.revokedAt || session.expiresAt.getTime() <= Date.now()) return null;
      await manager.update(RefreshTokenEntity, { id: token.id }, { rotatedAt: new Date() });
      await manager.update(AuthSessionEntity, { id: session.id }, { lastUsedAt: new Date() });
      return { subject: subjectOf(session), ...(await this.issueRefresh(manager, session)) };
    });
    if (!result) throw new UnauthenticatedError('Your session has ended; sign in again');
    return result;
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.dataSource.query('UPDATE auth_session SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL', [
      sessionId,
      reason,
    ]);
  }

  /** Ends a principal's own session; someone else's id is simply not found. */
  async revokeOwn(owner: { userId?: string; superAdminId?: string }, sessionId: string): Promise<void> {
    if (!isUuid(sessionId)) throw new NotFoundError('Session');
    const result = await this.dataSource
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: 'signed_out_elsewhere' })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .andWhere(owner.userId ? 'user_id = :owner' : 'super_admin_id = :owner', { owner: owner.userId ?? owner.superAdminId })
      .execute();
    if (!result.affected) throw new NotFoundError('Session');
  }

  /** Ends every session of the owner except `keep` (this device); returns how many. */
  async revokeOthers(owner: { userId?: string; superAdminId?: string }, keep: string | null): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: 'signed_out_elsewhere' })
      .where('revoked_at IS NULL')
      .andWhere(owner.userId ? 'user_id = :owner' : 'super_admin_id = :owner', { owner: owner.userId ?? owner.superAdminId });
    if (keep) query.andWhere('id <> :keep', { keep });
    return (await query.execute()).affected ?? 0;
  }

  async list(owner: { userId?: string; superAdminId?: string }): Promise<AuthSessionEntity[]> {
    return this.dataSource
      .getRepository(AuthSessionEntity)
      .createQueryBuilder('session')
      .where(owner.userId ? 'session.user_id = :owner' : 'session.super_admin_id = :owner', { owner: owner.userId ?? owner.superAdminId })
      .andWhere('session.revoked_at IS NULL AND session.expires_at > now()')
      .orderBy('session.last_used_at', 'DESC')
      .getMany();
  }

  private async issueRefresh(manager: EntityManager, session: AuthSessionEntity): Promise<IssuedRefresh> {
    const { token, hash } = newLinkToken();
    await manager.insert(RefreshTokenEntity, { sessionId: session.id, tokenHash: hash });
    return { sessionId: session.id, refreshToken: token, expiresAt: session.expiresAt };
  }
}

/** Ends every session of a user, inside the caller's transaction (deactivation, deletion, password reset). */
export async function revokeUserSessions(manager: EntityManager, userId: string, reason: string): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(AuthSessionEntity)
    .set({ revokedAt: () => 'now()', revokedReason: reason })
    .where('user_id = :userId AND revoked_at IS NULL', { userId })
    .execute();
  return result.affected ?? 0;
}
