import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../secrets/sha256-hex.js';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import type { Actor } from '../audit/actor.js';
import { assertMayActOnUserId } from '../access/delegation-guard.js';
import { recordAudit } from '../audit/audit.service.js';
import { ApiTokenEntity } from './api-token.entity.js';
import type { ApiTokenType, IssuedApiTokenType } from './api-token.type.js';

export const API_TOKEN_PREFIX = 'acc_';
const LAST_USED_GRANULARITY_MS = 60_000;

const hashOf = sha256Hex;

function newSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashOf(secret), prefix: secret.slice(0, 12) };
}

export const toApiTokenType = (token: ApiTokenEntity): ApiTokenType => ({
  id: token.id,
  name: token.name,
  prefix: token.prefix,
  createdAt: token.createdAt,
  expiresAt: token.expiresAt,
  lastUsedAt: token.lastUsedAt,
});

export interface TokenOwner {
  tenantId: string;
  userId: string;
}

/** Personal API tokens: created, listed, regenerated and revoked by their owner (or a user admin). */
export class ApiTokensService {
  constructor(private readonly dataSource: DataSource) {}

  create(actor: Actor, owner: TokenOwner, rawName: string, expiresAt: Date | null): Promise<IssuedApiTokenType> {
    const name = rawName.trim();
    if (!name || name.length > 100) throw new BadUserInputError('name', 'Name the token (up to 100 characters), e.g. "Reporting script"');
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw new BadUserInputError('expiresAt', 'Choose an expiry in the future');
    return this.dataSource.transaction(async (manager) => {
      await assertMayActOnUserId(manager, actor, owner.userId);
      const { secret, hash, prefix } = newSecret();
      const token = await manager.save(manager.create(ApiTokenEntity, { ...owner, name, prefix, tokenHash: hash, expiresAt }));
      await this.audit(manager, actor, 'api_token.create', token);
      return { secret, apiToken: toApiTokenType(token) };
    });
  }

  async list(owner: TokenOwner): Promise<ApiTokenType[]> {
    const tokens = await this.dataSource
      .getRepository(ApiTokenEntity)
      .createQueryBuilder('token')
      .where('token.tenant_id = :tenantId AND token.user_id = :userId AND token.revoked_at IS NULL', owner)
      .orderBy('token.created_at', 'DESC')
      .getMany();
    return tokens.map(toApiTokenType);
  }

  /** A new secret for the same token; the old secret stops working at once. */
  regenerate(actor: Actor, owner: TokenOwner, id: string): Promise<IssuedApiTokenType> {
    return this.dataSource.transaction(async (manager) => {
      await assertMayActOnUserId(manager, actor, owner.userId);
      const token = await this.find(manager, owner, id);
      const { secret, hash, prefix } = newSecret();
      token.tokenHash = hash;
      token.prefix = prefix;
      await manager.save(token);
      await this.audit(manager, actor, 'api_token.regenerate', token);
      return { secret, apiToken: toApiTokenType(token) };
    });
  }

  revoke(actor: Actor, owner: TokenOwner, id: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await assertMayActOnUserId(manager, actor, owner.userId);
      const token = await this.find(manager, owner, id);
      token.revokedAt = new Date();
      await manager.save(token);
      await this.audit(manager, actor, 'api_token.revoke', token);
    });
  }

  /** Who a bearer API token belongs to, or null when unknown, revoked or expired. */
  async authenticate(secret: string): Promise<{ tenantId: string; userId: string } | null> {
    const [row]: Array<{ id: string; tenant_id: string; user_id: string; last_used_at: Date | null }> = await this.dataSource.query(
      `SELECT id, tenant_id, user_id, last_used_at FROM api_token
        WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [hashOf(secret)],
    );
    if (!row) return null;
    // Recorded at most once a minute: last use is for people, not a per-request write.
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_GRANULARITY_MS) {
      await this.dataSource.query('UPDATE api_token SET last_used_at = now() WHERE id = $1', [row.id]);
    }
    return { tenantId: row.tenant_id, userId: row.user_id };
  }

  private async find(manager: EntityManager, owner: TokenOwner, id: string): Promise<ApiTokenEntity> {
    if (!isUuid(id)) throw new NotFoundError('API token');
    const token = await manager.findOneBy(ApiTokenEntity, { id, tenantId: owner.tenantId, userId: owner.userId });
    if (!token || token.revokedAt) throw new NotFoundError('API token');
    return token;
  }

  private audit(manager: EntityManager, actor: Actor, action: string, token: ApiTokenEntity): Promise<void> {
    return recordAudit(manager, actor, {
      action,
      targetType: 'user',
      targetId: token.userId,
      targetLabel: null,
      after: { tokenId: token.id, name: token.name, prefix: token.prefix, expiresAt: token.expiresAt?.toISOString() ?? null },
    });
  }
}

/** Ends a user's API tokens inside the caller's transaction (deactivation, deletion). */
export async function revokeUserApiTokens(manager: EntityManager, userId: string): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update(ApiTokenEntity)
    .set({ revokedAt: () => 'now()' })
    .where('user_id = :userId AND revoked_at IS NULL', { userId })
    .execute();
  return result.affected ?? 0;
}
