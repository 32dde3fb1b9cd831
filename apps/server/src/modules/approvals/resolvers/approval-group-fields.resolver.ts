import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { UserType } from '../../users/types/user.type.js';
import { ApprovalGroupType } from '../approval.types.js';

@Resolver(() => ApprovalGroupType)
export class ApprovalGroupFieldsResolver {
  @FieldResolver(() => [UserType], { description: 'Members by name; all active (deactivation removes people).' })
  async members(@Root() group: ApprovalGroupType, @Ctx() context: Context): Promise<UserType[]> {
    const ids = await context.loaders.approvals.memberIds.load(group.id);
    const users = await context.loaders.users.userById.loadMany(ids);
    return users.filter((user): user is UserType => user !== null && !(user instanceof Error));
  }

  @FieldResolver(() => Int)
  async memberCount(@Root() group: ApprovalGroupType, @Ctx() context: Context): Promise<number> {
    return (await context.loaders.approvals.memberIds.load(group.id)).length;
  }
}
