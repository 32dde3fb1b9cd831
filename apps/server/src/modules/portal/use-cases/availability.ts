import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { isUniqueViolation } from '../../../db/unique-violation.js';
import { recordAudit } from '../../audit/audit.service.js';
import { UnavailableDayEntity } from '../../planner/entities/unavailable-day.entity.js';
import { parseLocalDate } from '../../planner/local-date.js';
import { toUnavailableDay } from '../../planner/mappers/worker-profile.mapper.js';
import type { UnavailableDayType } from '../../planner/types/unavailable-day.type.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { workerTarget, type Worker } from '../worker.js';
import { workerToday } from '../worker-today.js';

const alreadyBlocked = (day: string) => new ConflictError(`${day} is already marked unavailable`, { reason: 'DAY_ALREADY_UNAVAILABLE' });

/** One whole day: "2026-12-01" is accepted, anything with a time of day is refused. */
export async function blockDay(deps: UseCaseDeps, worker: Worker, date: string): Promise<UnavailableDayType> {
  const day = parseLocalDate('date', date);
  if (day < (await workerToday(deps.dataSource, worker))) throw new BadUserInputError('date', 'Choose today or a later day: past days cannot be blocked');
  return deps.dataSource
    .transaction(async (manager) => {
      if (await manager.existsBy(UnavailableDayEntity, { userId: worker.userId, day })) throw alreadyBlocked(day);
      const row = await manager.save(manager.create(UnavailableDayEntity, { tenantId: worker.tenantId, userId: worker.userId, day, source: 'BLOCKED' }));
      await recordAudit(manager, worker.actor, { action: 'portal.availability.block', ...workerTarget(worker), after: { date: day } });
      return toUnavailableDay(row);
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyBlocked(day) : error;
    });
}

/** Only days the worker blocked: approved time off is the scheduler's to change. */
export function unblockDay(deps: UseCaseDeps, worker: Worker, id: string): Promise<boolean> {
  return deps.dataSource.transaction(async (manager) => {
    if (!isUuid(id)) throw new NotFoundError('Unavailable day');
    const row = await manager.findOneBy(UnavailableDayEntity, { id, tenantId: worker.tenantId, userId: worker.userId });
    if (!row) throw new NotFoundError('Unavailable day');
    if (row.source === 'TIME_OFF') {
      throw new ConflictError(`${row.day} is approved time off. Ask your scheduler if you can work that day after all.`, { reason: 'TIME_OFF_DAY' });
    }
    await manager.delete(UnavailableDayEntity, { id: row.id });
    await recordAudit(manager, worker.actor, { action: 'portal.availability.unblock', ...workerTarget(worker), before: { date: row.day } });
    return true;
  });
}
