import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Portal } from '../../../graphql/directives.js';
import { WorkerDetailsInput } from '../../planner/dto/worker-profile.inputs.js';
import { WorkingHoursType } from '../../planner/types/working-hours.type.js';
import { loadProfile, loadWorkingHours } from '../queries/profile.js';
import { PortalProfileType } from '../types/profile.type.js';
import { updateProfile } from '../use-cases/profile.js';
import { portalWorkerOf } from '../worker.js';

@Resolver()
export class MyProfileResolver {
  @Portal()
  @Query(() => PortalProfileType)
  myProfile(@Ctx() context: Context): Promise<PortalProfileType> {
    return loadProfile(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => PortalProfileType)
  updateMyProfile(@Arg('input', () => WorkerDetailsInput) input: WorkerDetailsInput, @Ctx() context: Context): Promise<PortalProfileType> {
    return updateProfile(context.services.deps, portalWorkerOf(context.principal, context.origin), input);
  }

  @Portal()
  @Query(() => WorkingHoursType)
  myWorkingHours(@Ctx() context: Context): Promise<WorkingHoursType> {
    return loadWorkingHours(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }
}
