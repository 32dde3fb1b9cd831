import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { ApprovalGroupEntity } from '../approval-group.entity.js';
import { toApprovalGroup } from '../approval.mapper.js';
import type { ApprovalGroupType } from '../approval.types.js';

export async function listApprovalGroups(db: DataSource, tenantId: string): Promise<ApprovalGroupType[]> {
  const groups = await db
    .getRepository(ApprovalGroupEntity)
    .createQueryBuilder('group')
    .where('group.tenant_id = :tenantId', { tenantId })
    .orderBy('lower(group.name)')
    .getMany();
  return groups.map(toApprovalGroup);
}

export async function getApprovalGroup(db: DataSource, tenantId: string, id: string): Promise<ApprovalGroupType> {
  if (!isUuid(id)) throw new NotFoundError('Approval group');
  const group = await db.getRepository(ApprovalGroupEntity).findOneBy({ id, tenantId });
  if (!group) throw new NotFoundError('Approval group');
  return toApprovalGroup(group);
}
