import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { VisibleWith } from '../../../graphql/directives.js';
import { ApprovalGroupType, HolidayDelegationType } from '../../approvals/approval.types.js';
import { UserLinkType } from '../types/user-link.type.js';
import { UserType } from '../types/user.type.js';

@Resolver(() => UserType)
export class UserFieldsResolver {
  @FieldResolver(() => [ApprovalGroupType], { description: 'Approval groups the user is a member of.' })
  approvalGroups(@Root() user: UserType, @Ctx() context: Context): Promise<ApprovalGroupType[]> {
    return context.loaders.users.approvalGroups.load(user.id);
  }

  @FieldResolver(() => [HolidayDelegationType], { description: 'Holiday delegations from or to the user.' })
  holidayDelegations(@Root() user: UserType, @Ctx() context: Context): Promise<HolidayDelegationType[]> {
    return context.loaders.users.holidayDelegations.load(user.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Set while sign-in is temporarily locked after repeated failures (separate from deactivation).',
  })
  signInLockedUntil(@Root() user: UserType, @Ctx() context: Context): Promise<Date | null> {
    return context.loaders.users.signInLockedUntil.load(user.id);
  }

  @VisibleWith('users.invite')
  @FieldResolver(() => [UserLinkType], {
    nullable: true,
    description: 'The latest activation and reset link: when sent, expired or used. Null unless you may invite users.',
  })
  links(@Root() user: UserType, @Ctx() context: Context): Promise<UserLinkType[]> {
    return context.loaders.users.links.load(user.id);
  }

  @FieldResolver(() => String, { description: "The IANA time zone the user's times are shown in: their own, else the organisation's." })
  effectiveTimeZone(@Root() user: UserType, @Ctx() context: Context): Promise<string> {
    return context.loaders.users.effectiveTimeZone.load(user.id);
  }
}
