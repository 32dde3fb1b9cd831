import type { Context } from '../../../graphql/context.js';
import { NotFoundError } from '../../../kernel/errors.js';
import type { PlannerUserType } from '../types/planner-user.type.js';

/** The worker a planner row belongs to; a row always has one in its own tenant. */
export async function workerOf(context: Context, userId: string): Promise<PlannerUserType> {
  const worker = await context.loaders.planner.plannerUserById.load(userId);
  if (!worker) throw new NotFoundError('Planner user');
  return worker;
}
