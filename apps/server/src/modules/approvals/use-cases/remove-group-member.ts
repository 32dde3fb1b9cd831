import type { Actor } from '../../audit/actor.js';
import { displayName } from '../../users/display-name.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { ApprovalGroupMemberEntity } from '../approval-group-member.entity.js';
import { auditGroupChange, lockApprovers, lockGroup, memberNames } from '../approval-records.js';
import { toApprovalGroup } from '../approval.mapper.js';
import type { ApprovalGroupType } from '../approval.types.js';
import { notAMember } from '../approvals.errors.js';

export function removeApprovalGroupMember(deps: UseCaseDeps, actor: Actor, groupId: string, userId: string): Promise<ApprovalGroupType> {
  return deps.dataSource.transaction(async (manager) => {
    const group = await lockGroup(manager, actor.tenantId, groupId);
    const user = (await lockApprovers(manager, actor, [userId], 'userId', { joining: false })).get(userId)!;
    const before = await memberNames(manager, group.id);
    const removed = await manager.delete(ApprovalGroupMemberEntity, { groupId: group.id, userId: user.id });
    if (!removed.affected) throw notAMember(displayName(user));
    await auditGroupChange(manager, actor, 'approval_group.members.remove', group, { members: before }, { members: await memberNames(manager, group.id) });
    return toApprovalGroup(group);
  });
}
