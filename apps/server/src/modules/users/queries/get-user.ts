import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { toUserType } from '../user.mapper.js';
import { UserEntity } from '../user.entity.js';
import type { UserType } from '../types/user.type.js';

export async function getUser(dataSource: DataSource, tenantId: string, id: string, seesDeleted: boolean): Promise<UserType> {
  if (!isUuid(id)) throw new NotFoundError('User');
  const user = await dataSource
    .getRepository(UserEntity)
    .findOne({ where: { id, tenantId }, relations: { role: true }, withDeleted: seesDeleted });
  if (!user) throw new NotFoundError('User');
  return toUserType(user);
}
