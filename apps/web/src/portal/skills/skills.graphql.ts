import { graphql } from '../../gql';
import type { MySkillsQuery } from '../../gql/graphql';

export type MySkill = MySkillsQuery['mySkills'][number];

export const MY_SKILL_FIELDS = graphql(`
  fragment MySkillFields on WorkerSkill {
    skill {
      id
      name
    }
    level
    selfRating
    selfRatedAt
  }
`);

export const MY_SKILLS_QUERY = graphql(`
  query MySkills {
    mySkills {
      ...MySkillFields
    }
  }
`);

export const RATE_MY_SKILL_MUTATION = graphql(`
  mutation RateMySkill($skillId: ID!, $rating: Int!) {
    rateMySkill(skillId: $skillId, rating: $rating) {
      ...MySkillFields
    }
  }
`);
