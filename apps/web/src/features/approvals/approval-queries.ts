/** The lists of the approvals page, refetched after a change that adds or removes a row. */
export const APPROVAL_QUERIES = ['ApprovalGroups', 'HolidayDelegations'];
