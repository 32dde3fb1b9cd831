import { isUniqueViolation } from '../../../db/unique-violation.js';
import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { ApprovalGroupMemberEntity } from '../approval-group-member.entity.js';
import { ApprovalGroupEntity } from '../approval-group.entity.js';
import { assertGroupNameFree, auditGroupChange, lockApprovers, memberNames } from '../approval-records.js';
import { toApprovalGroup } from '../approval.mapper.js';
import type { ApprovalGroupType } from '../approval.types.js';
import { groupNameTaken, validGroupName } from '../approvals.errors.js';

export function createApprovalGroup(deps: UseCaseDeps, actor: Actor, input: { name: string; memberIds?: string[] | null }): Promise<ApprovalGroupType> {
  const name = validGroupName(input.name);
  return deps.dataSource
    .transaction(async (manager) => {
      await assertGroupNameFree(manager, actor.tenantId, name);
      const members = await lockApprovers(manager, actor, input.memberIds ?? [], 'memberIds', { joining: true });
      const group = await manager.save(manager.create(ApprovalGroupEntity, { tenantId: actor.tenantId, name }));
      if (members.size > 0) await manager.insert(ApprovalGroupMemberEntity, [...members.keys()].map((userId) => ({ groupId: group.id, userId })));
      await auditGroupChange(manager, actor, 'approval_group.create', group, null, { name, members: await memberNames(manager, group.id) });
      return toApprovalGroup(group);
    })
    .catch((error: unknown) => {
      // Two requests creating the same name at once: the unique index refuses the second.
      throw isUniqueViolation(error) ? groupNameTaken(name) : error;
    });
}
