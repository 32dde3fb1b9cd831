import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { recordAudit } from '../../audit/audit.service.js';
import { TimeOffRequestEntity } from '../../planner/entities/time-off-request.entity.js';
import { addDays, parseLocalDate } from '../../planner/local-date.js';
import { optionalNote } from '../../planner/input-checks.js';
import { toTimeOffRequest } from '../../planner/mappers/time-off-request.mapper.js';
import type { TimeOffRequestType } from '../../planner/types/time-off-request.type.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import type { TimeOffInput } from '../dto/time-off.input.js';
import { workerTarget, type Worker } from '../worker.js';
import { workerToday } from '../worker-today.js';

const MAX_DAYS = 366;

/** A scheduler decides; until then the worker may withdraw the request. */
export async function requestTimeOff(deps: UseCaseDeps, worker: Worker, input: TimeOffInput): Promise<TimeOffRequestType> {
  const startDate = parseLocalDate('startDate', input.startDate);
  const endDate = parseLocalDate('endDate', input.endDate);
  if (startDate < (await workerToday(deps.dataSource, worker))) throw new BadUserInputError('startDate', 'Time off starts today or later');
  if (endDate < startDate) throw new BadUserInputError('endDate', 'The last day cannot be before the first');
  if (endDate > addDays(startDate, MAX_DAYS - 1)) throw new BadUserInputError('endDate', `Ask for at most ${MAX_DAYS} days at once`);
  const reason = optionalNote('reason', input.reason, 1000);
  return deps.dataSource.transaction(async (manager) => {
    const request = await manager.save(
      manager.create(TimeOffRequestEntity, { tenantId: worker.tenantId, userId: worker.userId, startDate, endDate, reason, status: 'PENDING' }),
    );
    await recordAudit(manager, worker.actor, {
      action: 'portal.time_off.request',
      ...workerTarget(worker),
      after: { requestId: request.id, startDate, endDate, reason },
    });
    return toTimeOffRequest(await manager.findOneByOrFail(TimeOffRequestEntity, { id: request.id }));
  });
}

/** Only while pending: a decided request is the scheduler's to change. */
export function cancelTimeOffRequest(deps: UseCaseDeps, worker: Worker, id: string): Promise<TimeOffRequestType> {
  return deps.dataSource.transaction(async (manager) => {
    if (!isUuid(id)) throw new NotFoundError('Time-off request');
    const request = await manager
      .getRepository(TimeOffRequestEntity)
      .createQueryBuilder('request')
      .setLock('pessimistic_write')
      .where('request.id = :id AND request.tenant_id = :tenantId AND request.user_id = :userId', { id, tenantId: worker.tenantId, userId: worker.userId })
      .getOne();
    if (!request) throw new NotFoundError('Time-off request');
    if (request.status !== 'PENDING') {
      throw new ConflictError(`This request is already ${request.status.toLowerCase()}: ask your scheduler to change it`, {
        reason: 'TIME_OFF_NOT_PENDING',
      });
    }
    request.status = 'CANCELLED';
    await manager.update(TimeOffRequestEntity, { id: request.id }, { status: request.status });
    await recordAudit(manager, worker.actor, {
      action: 'portal.time_off.cancel',
      ...workerTarget(worker),
      before: { requestId: request.id, status: 'PENDING' },
      after: { requestId: request.id, status: request.status },
    });
    return toTimeOffRequest(request);
  });
}
