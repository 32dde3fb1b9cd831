import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { requireTenant } from '../../auth/principal.js';
import { ApprovalGroupType } from '../approval.types.js';
import { CreateApprovalGroupInput } from '../dto/approval.inputs.js';
import { getApprovalGroup, listApprovalGroups } from '../queries/approval-groups.js';
import { addApprovalGroupMembers } from '../use-cases/add-group-members.js';
import { createApprovalGroup } from '../use-cases/create-approval-group.js';
import { deleteApprovalGroup } from '../use-cases/delete-approval-group.js';
import { removeApprovalGroupMember } from '../use-cases/remove-group-member.js';
import { renameApprovalGroup } from '../use-cases/rename-approval-group.js';

/** Who approves together lives with the users: reading needs users.read, changing users.update. */
@Resolver()
export class ApprovalGroupsResolver {
  @RequiresPermission('users.read')
  @Query(() => [ApprovalGroupType], { description: "The tenant's approval groups by name." })
  approvalGroups(@Ctx() context: Context): Promise<ApprovalGroupType[]> {
    return listApprovalGroups(context.dataSource, requireTenant(context.principal));
  }

  @RequiresPermission('users.read')
  @Query(() => ApprovalGroupType)
  approvalGroup(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ApprovalGroupType> {
    return getApprovalGroup(context.dataSource, requireTenant(context.principal), id);
  }

  @RequiresPermission('users.update')
  @Mutation(() => ApprovalGroupType, { description: 'Members must be active users you may act on.' })
  createApprovalGroup(@Arg('input', () => CreateApprovalGroupInput) input: CreateApprovalGroupInput, @Ctx() context: Context): Promise<ApprovalGroupType> {
    return createApprovalGroup(context.services.deps, actorOf(context.principal, context.origin), input);
  }

  @RequiresPermission('users.update')
  @Mutation(() => ApprovalGroupType)
  renameApprovalGroup(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() context: Context): Promise<ApprovalGroupType> {
    return renameApprovalGroup(context.services.deps, actorOf(context.principal, context.origin), id, name);
  }

  @RequiresPermission('users.update')
  @Mutation(() => ID, { description: 'Deletes the group and its memberships; the audit log keeps who was in it.' })
  deleteApprovalGroup(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<string> {
    return deleteApprovalGroup(context.services.deps, actorOf(context.principal, context.origin), id);
  }

  @RequiresPermission('users.update')
  @Mutation(() => ApprovalGroupType, { description: 'Adds active users; those already in the group stay as they are.' })
  addApprovalGroupMembers(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
    @Ctx() context: Context,
  ): Promise<ApprovalGroupType> {
    return addApprovalGroupMembers(context.services.deps, actorOf(context.principal, context.origin), groupId, userIds);
  }

  @RequiresPermission('users.update')
  @Mutation(() => ApprovalGroupType)
  removeApprovalGroupMember(@Arg('groupId', () => ID) groupId: string, @Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<ApprovalGroupType> {
    return removeApprovalGroupMember(context.services.deps, actorOf(context.principal, context.origin), groupId, userId);
  }
}
