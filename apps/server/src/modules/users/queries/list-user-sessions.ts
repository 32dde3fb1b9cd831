import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { AuthSessionEntity } from '../../sessions/auth-session.entity.js';
import type { SessionsService } from '../../sessions/sessions.service.js';
import { UserEntity } from '../user.entity.js';

/** A user's open sessions, for their administrator; a user of another tenant is simply not found. */
export async function listUserSessions(
  dataSource: DataSource,
  sessions: SessionsService,
  tenantId: string,
  userId: string,
): Promise<AuthSessionEntity[]> {
  if (!isUuid(userId) || !(await dataSource.getRepository(UserEntity).existsBy({ id: userId, tenantId }))) throw new NotFoundError('User');
  return sessions.list({ userId });
}
