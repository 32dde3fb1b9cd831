import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Skill')
export class SkillType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType('WorkerSkill')
export class WorkerSkillType {
  @Field(() => SkillType)
  skill: SkillType;

  @Field(() => Int, { description: '1 (novice) to 5 (expert), set by a scheduler.' })
  level: number;

  @Field(() => Int, { nullable: true, description: "The worker's own rating, 1 to 5, from the portal." })
  selfRating: number | null;

  @Field(() => Date, { nullable: true })
  selfRatedAt: Date | null;
}
