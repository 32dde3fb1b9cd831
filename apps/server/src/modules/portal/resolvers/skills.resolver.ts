import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Portal } from '../../../graphql/directives.js';
import { WorkerSkillType } from '../../planner/types/skill.type.js';
import { listSkills } from '../queries/skills.js';
import { rateSkill } from '../use-cases/rate-skill.js';
import { portalWorkerOf } from '../worker.js';

@Resolver()
export class MySkillsResolver {
  @Portal()
  @Query(() => [WorkerSkillType])
  mySkills(@Ctx() context: Context): Promise<WorkerSkillType[]> {
    return listSkills(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => WorkerSkillType)
  rateMySkill(@Arg('skillId', () => ID) skillId: string, @Arg('rating', () => Int) rating: number, @Ctx() context: Context): Promise<WorkerSkillType> {
    return rateSkill(context.services.deps, portalWorkerOf(context.principal, context.origin), skillId, rating);
  }
}
