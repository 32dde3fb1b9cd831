import type { DataSource } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { TimeOffRequestEntity } from '../planner/entities/time-off-request.entity.js';
import { addDays, parseLocalDate, todayLocalDate } from '../planner/local-date.js';
import { toTimeOffRequest } from '../planner/mappers/time-off-request.mapper.js';
import type { TimeOffRequestType } from '../planner/types/time-off-request.type.js';
import type { TimeOffInput } from './dto/portal.inputs.js';
import { optionalNote } from '../planner/input-checks.js';
import { workerTarget, type Worker } from './worker.js';

const MAX_DAYS = 366;

/** Time-off requests: the worker asks and may withdraw while pending; a scheduler decides. */
export class TimeOffService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first. */
  async list(worker: Worker): Promise<TimeOffRequestType[]> {
    const requests = await this.dataSource
      .getRepository(TimeOffRequestEntity)
      .createQueryBuilder('request')
      .where('request.tenant_id = :tenantId AND request.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId })
      .orderBy('request.created_at', 'DESC')
      .addOrderBy('request.id', 'DESC')
      .getMany();
    return requests.map(toTimeOffRequest);
  }

  request(worker: Worker, input: TimeOffInput): Promise<TimeOffRequestType> {
    const startDate = parseLocalDate('startDate', input.startDate);
    const endDate = parseLocalDate('endDate', input.endDate);
    if (startDate < todayLocalDate()) throw new BadUserInputError('startDate', 'Time off starts today or later');
    if (endDate < startDate) throw new BadUserInputError('endDate', 'The last day cannot be before the first');
    if (endDate > addDays(startDate, MAX_DAYS - 1)) throw new BadUserInputError('endDate', `Ask for at most ${MAX_DAYS} days at once`);
    const reason = optionalNote('reason', input.reason, 1000);
    return this.dataSource.transaction(async (manager) => {
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

  cancel(worker: Worker, id: string): Promise<TimeOffRequestType> {
    return this.dataSource.transaction(async (manager) => {
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
}
