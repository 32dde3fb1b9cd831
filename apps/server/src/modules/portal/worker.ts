import { ForbiddenError } from '../../kernel/errors.js';
import type { RequestOrigin } from '../audit/audit-entry.entity.js';
import { actorOf, type Actor } from '../audit/actor.js';
import type { Principal } from '../auth/principal.js';

/** The signed-in worker: every portal query scopes its rows to this tenant and user. */
export interface Worker {
  tenantId: string;
  userId: string;
  actor: Actor;
}

/** The caller as a worker; the @portal directive has already checked they may use the portal. */
export function portalWorkerOf(principal: Principal | null, origin: RequestOrigin): Worker {
  if (principal?.kind !== 'user') throw new ForbiddenError('The worker portal is for people on the schedule', { reason: 'NOT_A_PLANNER_USER' });
  return { tenantId: principal.tenantId, userId: principal.userId, actor: actorOf(principal, origin) };
}

/** The audit target every portal change names: the worker's own account. */
export const workerTarget = (worker: Worker) =>
  ({ targetType: 'user', targetId: worker.userId, targetLabel: worker.actor.label }) as const;
