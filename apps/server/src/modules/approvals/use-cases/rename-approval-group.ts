import { isUniqueViolation } from '../../../db/unique-violation.js';
import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { assertGroupNameFree, auditGroupChange, lockGroup } from '../approval-records.js';
import { toApprovalGroup } from '../approval.mapper.js';
import type { ApprovalGroupType } from '../approval.types.js';
import { groupNameTaken, validGroupName } from '../approvals.errors.js';

export function renameApprovalGroup(deps: UseCaseDeps, actor: Actor, id: string, rawName: string): Promise<ApprovalGroupType> {
  const name = validGroupName(rawName);
  return deps.dataSource
    .transaction(async (manager) => {
      const group = await lockGroup(manager, actor.tenantId, id);
      if (group.name === name) return toApprovalGroup(group);
      await assertGroupNameFree(manager, actor.tenantId, name, group.id);
      const before = group.name;
      group.name = name;
      await manager.save(group);
      await auditGroupChange(manager, actor, 'approval_group.rename', group, { name: before }, { name });
      return toApprovalGroup(group);
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? groupNameTaken(name) : error;
    });
}
