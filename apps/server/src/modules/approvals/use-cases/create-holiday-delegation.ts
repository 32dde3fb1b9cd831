import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { parseLocalDate, todayLocalDate } from '../../planner/local-date.js';
import { displayName } from '../../users/display-name.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { lockApprovers } from '../approval-records.js';
import { isoDate, toHolidayDelegation } from '../approval.mapper.js';
import type { HolidayDelegationType } from '../approval.types.js';
import { delegationOverlaps, endedAlready, endsBeforeStarts, sameDelegatorAndDelegate } from '../approvals.errors.js';
import { HolidayDelegationEntity } from '../holiday-delegation.entity.js';

export interface HolidayDelegationInput {
  delegatorId: string;
  delegateId: string;
  startsOn: string;
  endsOn: string;
}

/**
 * One delegation per delegator per day: whoever approves in someone's place must be unambiguous.
 * The delegator's row lock serialises two requests for the same person, so both cannot pass the
 * overlap check.
 */
export function createHolidayDelegation(deps: UseCaseDeps, actor: Actor, input: HolidayDelegationInput): Promise<HolidayDelegationType> {
  const startsOn = parseLocalDate('startsOn', input.startsOn);
  const endsOn = parseLocalDate('endsOn', input.endsOn);
  if (endsOn < startsOn) throw endsBeforeStarts();
  if (endsOn < todayLocalDate()) throw endedAlready();
  if (input.delegatorId === input.delegateId) throw sameDelegatorAndDelegate();
  return deps.dataSource.transaction(async (manager) => {
    const parties = await lockApprovers(manager, actor, [input.delegatorId, input.delegateId], (id) => (id === input.delegatorId ? 'delegatorId' : 'delegateId'), {
      joining: true,
    });
    const delegator = parties.get(input.delegatorId)!;
    const delegate = parties.get(input.delegateId)!;
    const [overlap]: Array<{ starts_on: string | Date; ends_on: string | Date }> = await manager.query(
      'SELECT starts_on, ends_on FROM holiday_delegation WHERE tenant_id = $1 AND delegator_id = $2 AND starts_on <= $4 AND ends_on >= $3 ORDER BY starts_on LIMIT 1',
      [actor.tenantId, delegator.id, startsOn, endsOn],
    );
    if (overlap) throw delegationOverlaps(displayName(delegator), isoDate(overlap.starts_on), isoDate(overlap.ends_on));
    const delegation = await manager.save(
      manager.create(HolidayDelegationEntity, { tenantId: actor.tenantId, delegatorId: delegator.id, delegateId: delegate.id, startsOn, endsOn }),
    );
    await recordAudit(manager, actor, {
      action: 'holiday_delegation.create',
      targetType: 'holiday_delegation',
      targetId: delegation.id,
      targetLabel: `${displayName(delegator)} to ${displayName(delegate)}`,
      after: { delegator: displayName(delegator), delegatorId: delegator.id, delegate: displayName(delegate), delegateId: delegate.id, startsOn, endsOn },
    });
    return toHolidayDelegation(delegation);
  });
}
