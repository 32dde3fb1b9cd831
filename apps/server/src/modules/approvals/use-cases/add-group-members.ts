import { BadUserInputError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { ApprovalGroupMemberEntity } from '../approval-group-member.entity.js';
import { auditGroupChange, lockApprovers, lockGroup, memberNames } from '../approval-records.js';
import { toApprovalGroup } from '../approval.mapper.js';
import type { ApprovalGroupType } from '../approval.types.js';

const MAX_AT_ONCE = 100;

/** Adds people to a group; those already in it stay as they are (adding twice is not an error). */
export function addApprovalGroupMembers(deps: UseCaseDeps, actor: Actor, groupId: string, userIds: string[]): Promise<ApprovalGroupType> {
  if (userIds.length === 0) throw new BadUserInputError('userIds', 'Choose at least one person');
  if (userIds.length > MAX_AT_ONCE) throw new BadUserInputError('userIds', `Add at most ${MAX_AT_ONCE} people at once`);
  return deps.dataSource.transaction(async (manager) => {
    const group = await lockGroup(manager, actor.tenantId, groupId);
    const users = await lockApprovers(manager, actor, userIds, 'userIds', { joining: true });
    const current: Array<{ user_id: string }> = await manager.query('SELECT user_id FROM approval_group_member WHERE group_id = $1', [group.id]);
    const already = new Set(current.map((row) => row.user_id));
    const added = [...users.keys()].filter((id) => !already.has(id));
    if (added.length === 0) return toApprovalGroup(group);
    const before = await memberNames(manager, group.id);
    await manager.insert(ApprovalGroupMemberEntity, added.map((userId) => ({ groupId: group.id, userId })));
    await auditGroupChange(manager, actor, 'approval_group.members.add', group, { members: before }, { members: await memberNames(manager, group.id) });
    return toApprovalGroup(group);
  });
}
