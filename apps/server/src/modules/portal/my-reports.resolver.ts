import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Portal } from '../../graphql/directives.js';
import { AfterShiftReportInput } from './dto/portal.inputs.js';
import { MyAfterShiftReportType } from './portal-shift.type.js';
import { portalWorkerOf } from './worker.js';

@Resolver()
export class MyReportsResolver {
  @Portal()
  @Query(() => [MyAfterShiftReportType])
  myReports(@Ctx() context: Context): Promise<MyAfterShiftReportType[]> {
    return context.services.portal.reports.list(portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => MyAfterShiftReportType)
  submitAfterShiftReport(@Arg('input', () => AfterShiftReportInput) input: AfterShiftReportInput, @Ctx() context: Context): Promise<MyAfterShiftReportType> {
    return context.services.portal.reports.submit(portalWorkerOf(context.principal, context.origin), input);
  }
}
