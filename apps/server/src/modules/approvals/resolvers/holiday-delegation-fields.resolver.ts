import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { UserType } from '../../users/types/user.type.js';
import { delegationStatus } from '../approval.mapper.js';
import { HolidayDelegationStatus, HolidayDelegationType } from '../approval.types.js';

@Resolver(() => HolidayDelegationType)
export class HolidayDelegationFieldsResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'The person who is away.' })
  delegator(@Root() delegation: HolidayDelegationType, @Ctx() context: Context): Promise<UserType | null> {
    return context.loaders.users.userById.load(delegation.delegatorId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The person who approves in their place.' })
  delegate(@Root() delegation: HolidayDelegationType, @Ctx() context: Context): Promise<UserType | null> {
    return context.loaders.users.userById.load(delegation.delegateId);
  }

  @FieldResolver(() => HolidayDelegationStatus)
  status(@Root() delegation: HolidayDelegationType): HolidayDelegationStatus {
    return delegationStatus(delegation);
  }
}
