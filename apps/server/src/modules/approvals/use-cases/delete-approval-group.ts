import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { ApprovalGroupEntity } from '../approval-group.entity.js';
import { auditGroupChange, lockApprovers, lockGroup, memberNames } from '../approval-records.js';

/** Deletes the group and with it every membership; the audit entry keeps who was in it. */
export function deleteApprovalGroup(deps: UseCaseDeps, actor: Actor, id: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const group = await lockGroup(manager, actor.tenantId, id);
    const memberIds: Array<{ user_id: string }> = await manager.query('SELECT user_id FROM approval_group_member WHERE group_id = $1', [group.id]);
    // Taking someone out of a group changes their duties as much as putting them in.
    await lockApprovers(manager, actor, memberIds.map((row) => row.user_id), 'id', { joining: false });
    const members = await memberNames(manager, group.id);
    await manager.delete(ApprovalGroupEntity, { id: group.id });
    await auditGroupChange(manager, actor, 'approval_group.delete', group, { name: group.name, members }, null);
    return group.id;
  });
}
