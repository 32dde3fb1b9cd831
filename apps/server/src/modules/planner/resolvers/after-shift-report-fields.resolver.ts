import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { NotFoundError } from '../../../kernel/errors.js';
import { workerOf } from '../loaders.js';
import { AfterShiftReportType } from '../types/after-shift-report.type.js';
import { ShiftType } from '../types/shift.type.js';
import { PlannerUserType } from '../types/worker.type.js';

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
    return workerOf(context.loaders.planner, report.userId);
  }
}
