import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { NotFoundError } from '../../../kernel/errors.js';
import { AfterShiftReportType } from '../types/after-shift-report.type.js';
import { PlannerUserType } from '../types/planner-user.type.js';
import { ShiftType } from '../types/shift.type.js';
import { workerOf } from './planner-worker.js';

@Resolver(() => AfterShiftReportType)
export class AfterShiftReportFieldsResolver {
  @FieldResolver(() => ShiftType)
  async shift(@Root() report: AfterShiftReportType, @Ctx() context: Context): Promise<ShiftType> {
    const shift = await context.loaders.planner.shiftById.load(report.shiftId);
    if (!shift) throw new NotFoundError('Shift');
    return shift;
  }

  @FieldResolver(() => PlannerUserType)
  worker(@Root() report: AfterShiftReportType, @Ctx() context: Context): Promise<PlannerUserType> {
    return workerOf(context, report.userId);
  }
}
