import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Portal } from '../../graphql/directives.js';
import { WorkerDetailsInput } from '../planner/dto/worker-profile.inputs.js';
import { WorkingHoursType } from '../planner/types/working-hours.type.js';
import { PortalProfileType } from './portal-profile.type.js';
import { portalWorkerOf } from './worker.js';

@Resolver()
export class MyProfileResolver {
  @Portal()
  @Query(() => PortalProfileType)
  myProfile(@Ctx() context: Context): Promise<PortalProfileType> {
    return context.services.portal.profile.profile(portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => PortalProfileType)
  updateMyProfile(@Arg('input', () => WorkerDetailsInput) input: WorkerDetailsInput, @Ctx() context: Context): Promise<PortalProfileType> {
    return context.services.portal.profile.update(portalWorkerOf(context.principal, context.origin), input);
  }

  @Portal()
  @Query(() => WorkingHoursType)
  myWorkingHours(@Ctx() context: Context): Promise<WorkingHoursType> {
    return context.services.portal.profile.workingHours(portalWorkerOf(context.principal, context.origin));
  }
}
