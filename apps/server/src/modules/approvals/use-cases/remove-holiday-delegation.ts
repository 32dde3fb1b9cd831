import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { displayName } from '../../users/display-name.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { lockApprovers } from '../approval-records.js';
import { toHolidayDelegation } from '../approval.mapper.js';
import { HolidayDelegationEntity } from '../holiday-delegation.entity.js';

export function removeHolidayDelegation(deps: UseCaseDeps, actor: Actor, id: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    if (!isUuid(id)) throw new NotFoundError('Holiday delegation');
    const found = await manager.findOneBy(HolidayDelegationEntity, { id, tenantId: actor.tenantId });
    if (!found) throw new NotFoundError('Holiday delegation');
    const parties = await lockApprovers(manager, actor, [found.delegatorId, found.delegateId], 'id', { joining: false });
    const delegation = toHolidayDelegation(found);
    const removed = await manager.delete(HolidayDelegationEntity, { id: found.id });
    // Removed meanwhile by another request (or by a party's deactivation, which waited on the same locks).
    if (!removed.affected) throw new NotFoundError('Holiday delegation');
    const delegator = displayName(parties.get(delegation.delegatorId)!);
    const delegate = displayName(parties.get(delegation.delegateId)!);
    await recordAudit(manager, actor, {
      action: 'holiday_delegation.remove',
      targetType: 'holiday_delegation',
      targetId: delegation.id,
      targetLabel: `${delegator} to ${delegate}`,
      before: { delegator, delegatorId: delegation.delegatorId, delegate, delegateId: delegation.delegateId, startsOn: delegation.startsOn, endsOn: delegation.endsOn },
    });
    return delegation.id;
  });
}
