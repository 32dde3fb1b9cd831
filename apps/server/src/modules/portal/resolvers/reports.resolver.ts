import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Portal } from '../../../graphql/directives.js';
import { AfterShiftReportInput } from '../dto/after-shift-report.input.js';
import { listReports } from '../queries/reports.js';
import { MyAfterShiftReportType } from '../types/report.type.js';
import { submitAfterShiftReport } from '../use-cases/submit-report.js';
import { portalWorkerOf } from '../worker.js';

@Resolver()
export class MyReportsResolver {
  @Portal()
  @Query(() => [MyAfterShiftReportType])
  myReports(@Ctx() context: Context): Promise<MyAfterShiftReportType[]> {
    return listReports(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => MyAfterShiftReportType)
  submitAfterShiftReport(@Arg('input', () => AfterShiftReportInput) input: AfterShiftReportInput, @Ctx() context: Context): Promise<MyAfterShiftReportType> {
    return submitAfterShiftReport(context.services.deps, portalWorkerOf(context.principal, context.origin), input);
  }
}
