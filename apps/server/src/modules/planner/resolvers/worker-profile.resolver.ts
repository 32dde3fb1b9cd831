import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireTenant } from '../../auth/principal.js';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { CompensationInput, WorkerDetailsInput, WorkingHoursInput } from '../dto/worker-profile.inputs.js';
import { getCertification } from '../queries/certifications.js';
import { getSkill, listSkills } from '../queries/skills.js';
import { loadWorkerProfile } from '../queries/worker-profile.js';
import { CertificationType } from '../types/certification.type.js';
import { SkillType } from '../types/skill.type.js';
import { WorkerProfileType } from '../types/worker-profile.type.js';
import { assignCertification, removeCertification } from '../use-cases/certifications.js';
import { assignSkill, createSkill, removeSkill } from '../use-cases/skills.js';
import { updateWorkerDetails } from '../use-cases/worker-details.js';
import { setCompensation, setRestrictions, setWorkingHours } from '../use-cases/worker-terms.js';

/** Worker profile: reading it, and every edit a scheduler makes to it (each answers with the fresh profile). */
@Resolver()
export class WorkerProfileResolver {
  private async profileAfter(context: Context, change: Promise<string>): Promise<WorkerProfileType> {
    return loadWorkerProfile(context.dataSource, requireTenant(context.principal), await change);
  }

  @RequiresPermission('planner.users.read')
  @Query(() => WorkerProfileType)
  workerProfile(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<WorkerProfileType> {
    return loadWorkerProfile(context.dataSource, requireTenant(context.principal), userId);
  }

  @RequiresPermission('planner.users.read')
  @Query(() => [SkillType], { description: "The tenant's skill catalogue, by name." })
  skills(@Ctx() context: Context): Promise<SkillType[]> {
    return listSkills(context.dataSource, requireTenant(context.principal));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  updateWorkerDetails(
    @Arg('userId', () => ID) userId: string,
    @Arg('input', () => WorkerDetailsInput) input: WorkerDetailsInput,
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, updateWorkerDetails(context.services.deps, actorOf(context.principal, context.origin), userId, input));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  setCompensation(
    @Arg('userId', () => ID) userId: string,
    @Arg('input', () => CompensationInput) input: CompensationInput,
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, setCompensation(context.services.deps, actorOf(context.principal, context.origin), userId, input));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  setWorkingHours(
    @Arg('userId', () => ID) userId: string,
    @Arg('input', () => WorkingHoursInput) input: WorkingHoursInput,
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, setWorkingHours(context.services.deps, actorOf(context.principal, context.origin), userId, input));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  setRestrictions(
    @Arg('userId', () => ID) userId: string,
    @Arg('restrictions', () => [String]) restrictions: string[],
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, setRestrictions(context.services.deps, actorOf(context.principal, context.origin), userId, restrictions));
  }

  @RequiresPermission('planner.skills.manage')
  @Mutation(() => SkillType)
  async createSkill(@Arg('name', () => String) name: string, @Ctx() context: Context): Promise<SkillType> {
    const id = await createSkill(context.services.deps, actorOf(context.principal, context.origin), name);
    return getSkill(context.dataSource, requireTenant(context.principal), id);
  }

  @RequiresPermission('planner.skills.manage')
  @Mutation(() => WorkerProfileType, { description: 'Assigns a skill or changes its level.' })
  assignSkill(
    @Arg('userId', () => ID) userId: string,
    @Arg('skillId', () => ID) skillId: string,
    @Arg('level', () => Int) level: number,
    @Ctx() context: Context,
  ): Promise<WorkerProfileType> {
    return this.profileAfter(context, assignSkill(context.services.deps, actorOf(context.principal, context.origin), userId, skillId, level));
  }

  @RequiresPermission('planner.skills.manage')
  @Mutation(() => WorkerProfileType)
  removeSkill(@Arg('userId', () => ID) userId: string, @Arg('skillId', () => ID) skillId: string, @Ctx() context: Context): Promise<WorkerProfileType> {
    return this.profileAfter(context, removeSkill(context.services.deps, actorOf(context.principal, context.origin), userId, skillId));
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => CertificationType)
  async assignCertification(
    @Arg('userId', () => ID) userId: string,
    @Arg('name', () => String) name: string,
    @Arg('expiresOn', () => String, { nullable: true }) expiresOn: string | null,
    @Ctx() context: Context,
  ): Promise<CertificationType> {
    const id = await assignCertification(context.services.deps, actorOf(context.principal, context.origin), userId, name, expiresOn);
    return getCertification(context.dataSource, requireTenant(context.principal), id);
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => WorkerProfileType)
  removeCertification(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<WorkerProfileType> {
    return this.profileAfter(context, removeCertification(context.services.deps, actorOf(context.principal, context.origin), id));
  }
}
