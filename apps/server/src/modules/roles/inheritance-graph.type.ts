import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RoleType } from './role.type.js';

@ObjectType('RoleInheritanceLink', { description: 'The child role inherits every permission of the parent role.' })
export class RoleInheritanceLinkType {
  @Field(() => ID)
  childId: string;

  @Field(() => ID)
  parentId: string;

  @Field(() => Int, {
    description:
      "Permissions the child receives through this link and does not hold itself: the parent's own and inherited " +
      "permissions (prerequisites not considered) minus the child's own. A permission two parents both pass down " +
      'counts on both links.',
  })
  inheritedPermissionsCount: number;
}

@ObjectType('RoleInheritanceGraph', { description: 'A role with every role it inherits from and every role that inherits from it.' })
export class RoleInheritanceGraphType {
  @Field(() => [RoleType], {
    description: 'The role first, then its ancestors nearest first, then its descendants nearest first; live roles only.',
  })
  roles: RoleType[];

  @Field(() => [RoleInheritanceLinkType], {
    description: "Every inheritance link between two of `roles`; a descendant's links to roles outside them are left out.",
  })
  links: RoleInheritanceLinkType[];
}
