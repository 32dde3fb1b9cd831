/** Tenant B's approval records, as tenant A tries to reach them. */
export interface ApprovalIds {
  groupId: string;
  delegationId: string;
  /** An active user who is a member of the group and a party of the delegation. */
  userId: string;
  /** Another active user, not in the group. */
  otherUserId: string;
}

type Call = (b: ApprovalIds, a: ApprovalIds) => { query: string; variables: Record<string, unknown> };

/**
 * Every approvals operation that takes an id, called from tenant A with tenant B's ids (or tenant
 * A's record pointing at tenant B's). The schema walk in graphql/__tests__/tenant-isolation counts
 * these operations as covered; approvals/__tests__/tenant-isolation.test.ts runs them.
 */
export const APPROVALS_ISOLATION_CALLS: Record<string, Call> = {
  approvalGroup: (b) => ({ query: 'query($id: ID!) { approvalGroup(id: $id) { id } }', variables: { id: b.groupId } }),
  renameApprovalGroup: (b) => ({ query: 'mutation($id: ID!) { renameApprovalGroup(id: $id, name: "Taken over") { id } }', variables: { id: b.groupId } }),
  deleteApprovalGroup: (b) => ({ query: 'mutation($id: ID!) { deleteApprovalGroup(id: $id) }', variables: { id: b.groupId } }),
  addApprovalGroupMembers: (b) => ({
    query: 'mutation($g: ID!, $u: [ID!]!) { addApprovalGroupMembers(groupId: $g, userIds: $u) { id } }',
    variables: { g: b.groupId, u: [b.otherUserId] },
  }),
  removeApprovalGroupMember: (b) => ({
    query: 'mutation($g: ID!, $u: ID!) { removeApprovalGroupMember(groupId: $g, userId: $u) { id } }',
    variables: { g: b.groupId, u: b.userId },
  }),
  removeHolidayDelegation: (b) => ({ query: 'mutation($id: ID!) { removeHolidayDelegation(id: $id) }', variables: { id: b.delegationId } }),
  holidayDelegations: (b) => ({ query: 'query($u: ID!) { holidayDelegations(filter: { userId: $u }) { id } }', variables: { u: b.userId } }),
  createHolidayDelegation: (b) => ({
    query: 'mutation($input: CreateHolidayDelegationInput!) { createHolidayDelegation(input: $input) { id } }',
    variables: { input: { delegatorId: b.userId, delegateId: b.otherUserId, startsOn: '2099-06-01', endsOn: '2099-06-10' } },
  }),
  createApprovalGroup: (b) => ({
    query: 'mutation($u: [ID!]!) { createApprovalGroup(input: { name: "Borrowed people", memberIds: $u }) { id } }',
    variables: { u: [b.userId] },
  }),
};

/** Tenant A's own records pointing at tenant B's. */
export const APPROVALS_CROSS_REFERENCES: Record<string, Call> = {
  'addApprovalGroupMembers (a B user to an A group)': (b, a) => ({
    query: 'mutation($g: ID!, $u: [ID!]!) { addApprovalGroupMembers(groupId: $g, userIds: $u) { id } }',
    variables: { g: a.groupId, u: [a.otherUserId, b.userId] },
  }),
  'removeApprovalGroupMember (a B user from an A group)': (b, a) => ({
    query: 'mutation($g: ID!, $u: ID!) { removeApprovalGroupMember(groupId: $g, userId: $u) { id } }',
    variables: { g: a.groupId, u: b.userId },
  }),
  'createHolidayDelegation (an A user to a B delegate)': (b, a) => ({
    query: 'mutation($input: CreateHolidayDelegationInput!) { createHolidayDelegation(input: $input) { id } }',
    variables: { input: { delegatorId: a.otherUserId, delegateId: b.userId, startsOn: '2099-06-01', endsOn: '2099-06-10' } },
  }),
  'createHolidayDelegation (a B delegator to an A delegate)': (b, a) => ({
    query: 'mutation($input: CreateHolidayDelegationInput!) { createHolidayDelegation(input: $input) { id } }',
    variables: { input: { delegatorId: b.userId, delegateId: a.otherUserId, startsOn: '2099-06-01', endsOn: '2099-06-10' } },
  }),
};
