import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { tenantOf } from '../../users/users.resolver.js';
import { CompensationInput, WorkerDetailsInput, WorkingHoursInput } from '../dto/worker-profile.inputs.js';
import { CertificationType } from '../types/certification.type.js';
import { SkillType } from '../types/skill.type.js';
import { WorkerProfileType } from '../types/worker-profile.type.js';

/** Worker profile: reading it, and every edit a scheduler makes to it (each answers with the fresh profile). */
@Resolver()
export class WorkerProfileResolver {
  private async profileAfter(context: Context, change: Promise<string>): Promise<WorkerProfileType> {
    return context.services.planner.query.workerProfile(tenantOf(context), await change);
  }

  @RequiresPermission('planner.users.read')
  @Query(() => WorkerProfileType)
  workerProfile(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<WorkerProfileType> {
    return context.services.planner.query.workerProfile(tenantOf(context), userId);
  }

  @RequiresPermission('planner.users.read')
  @Query(() => [SkillType], { description: "The tenant's skill catalogue, by name." })
  skills(@Ctx() context: Context): Promise<SkillType[]> {
    return context.services.planner.query.skills(tenantOf(context));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  updateWorkerDetails(
    @Arg('userId', () => ID) userId: string,
    @Arg('input', () => WorkerDetailsInput) input: WorkerDetailsInput,
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, context.services.planner.admin.updateWorkerDetails(actorOf(context.principal, context.origin), userId, input));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  setCompensation(
    @Arg('userId', () => ID) userId: string,
    @Arg('input', () => CompensationInput) input: CompensationInput,
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, context.services.planner.admin.setCompensation(actorOf(context.principal, context.origin), userId, input));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  setWorkingHours(
    @Arg('userId', () => ID) userId: string,
    @Arg('input', () => WorkingHoursInput) input: WorkingHoursInput,
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, context.services.planner.admin.setWorkingHours(actorOf(context.principal, context.origin), userId, input));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  setRestrictions(
    @Arg('userId', () => ID) userId: string,
    @Arg('restrictions', () => [String]) restrictions: string[],
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, context.services.planner.admin.setRestrictions(actorOf(context.principal, context.origin), userId, restrictions));
  }

  @RequiresPermission('planner.skills.manage')
  @Mutation(() => SkillType)
  async createSkill(@Arg('name', () => String) name: string, @Ctx() context: Context): Promise<SkillType> {
    const id = await context.services.planner.admin.createSkill(actorOf(context.principal, context.origin), name);
    return context.services.planner.query.skill(tenantOf(context), id);
  }

  @RequiresPermission('planner.skills.manage')
  @Mutation(() => WorkerProfileType, { description: 'Assigns a skill or changes its level.' })
  assignSkill(
    @Arg('userId', () => ID) userId: string,
    @Arg('skillId', () => ID) skillId: string,
    @Arg('level', () => Int) level: number,
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, context.services.planner.admin.assignSkill(actorOf(context.principal, context.origin), userId, skillId, level));
  }

  @RequiresPermission('planner.skills.manage')
  @Mutation(() => WorkerProfileType)
  removeSkill(@Arg('userId', () => ID) userId: string, @Arg('skillId', () => ID) skillId: string, @Ctx() context: Context): Promise<WorkerProfileType> {
    return this.profileAfter(context, context.services.planner.admin.removeSkill(actorOf(context.principal, context.origin), userId, skillId));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => CertificationType)
  async assignCertification(
    @Arg('userId', () => ID) userId: string,
    @Arg('name', () => String) name: string,
    @Arg('expiresOn', () => String, { nullable: true }) expiresOn: string | null,
    @Ctx() context: Context,
  ): Promise<CertificationType> {
    const id = await context.services.planner.admin.assignCertification(actorOf(context.principal, context.origin), userId, name, expiresOn);
    return context.services.planner.query.certification(tenantOf(context), id);
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  removeCertification(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<WorkerProfileType> {
    return this.profileAfter(context, context.services.planner.admin.removeCertification(actorOf(context.principal, context.origin), id));
  }
}
