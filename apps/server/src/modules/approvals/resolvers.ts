import { ApprovalGroupFieldsResolver } from './resolvers/approval-group-fields.resolver.js';
import { ApprovalGroupsResolver } from './resolvers/approval-groups.resolver.js';
import { HolidayDelegationFieldsResolver } from './resolvers/holiday-delegation-fields.resolver.js';
import { HolidayDelegationsResolver } from './resolvers/holiday-delegations.resolver.js';

/** The Approvals module's queries and mutations, and the field resolvers of its types. */
export const approvalsResolvers = [ApprovalGroupsResolver, HolidayDelegationsResolver, ApprovalGroupFieldsResolver, HolidayDelegationFieldsResolver] as const;
