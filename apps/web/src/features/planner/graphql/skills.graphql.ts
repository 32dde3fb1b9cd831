import { graphql } from '../../../gql';

export const SKILLS_QUERY = graphql(`
  query Skills {
    skills {
      id
      name
    }
  }
`);

export const CREATE_SKILL_MUTATION = graphql(`
  mutation CreateSkill($name: String!) {
    createSkill(name: $name) {
      id
      name
    }
  }
`);

export const ASSIGN_SKILL_MUTATION = graphql(`
  mutation AssignSkill($userId: ID!, $skillId: ID!, $level: Int!) {
    assignSkill(userId: $userId, skillId: $skillId, level: $level) {
      ...WorkerProfileFields
    }
  }
`);

export const REMOVE_SKILL_MUTATION = graphql(`
  mutation RemoveSkill($userId: ID!, $skillId: ID!) {
    removeSkill(userId: $userId, skillId: $skillId) {
      ...WorkerProfileFields
    }
  }
`);
