/** Tenant B's planner records, as tenant A tries to reach them. */
export interface PlannerIds {
  workerId: string;
  skillId: string;
  shiftId: string;
  offerId: string;
  certificationId: string;
  reportId: string;
  timeOffRequestId: string;
}

type Call = (b: PlannerIds, a: PlannerIds) => { query: string; variables: Record<string, unknown> };

/**
 * Every admin planner operation that takes an id, called from tenant A with tenant B's ids (or
 * tenant A's record pointing at tenant B's). The schema walk in graphql/__tests__/tenant-isolation
 * counts these operations as covered; planner/__tests__/tenant-isolation.test.ts runs them.
 */
export const PLANNER_ADMIN_ISOLATION_CALLS: Record<string, Call> = {
  workerProfile: (b) => ({ query: 'query($id: ID!) { workerProfile(userId: $id) { user { id } } }', variables: { id: b.workerId } }),
  activateAndInvite: (b) => ({ query: 'mutation($id: ID!) { activateAndInvite(userId: $id) { id } }', variables: { id: b.workerId } }),
  updateWorkerDetails: (b) => ({
    query: 'mutation($id: ID!) { updateWorkerDetails(userId: $id, input: { firstName: "Mallory", lastName: "M" }) { user { id } } }',
    variables: { id: b.workerId },
  }),
  setCompensation: (b) => ({
    query: 'mutation($id: ID!) { setCompensation(userId: $id, input: { payType: HOURLY, rate: "1.00", currency: "EUR" }) { user { id } } }',
    variables: { id: b.workerId },
  }),
  setWorkingHours: (b) => ({ query: 'mutation($id: ID!) { setWorkingHours(userId: $id, input: { days: [] }) { user { id } } }', variables: { id: b.workerId } }),
  setRestrictions: (b) => ({ query: 'mutation($id: ID!) { setRestrictions(userId: $id, restrictions: ["x"]) { user { id } } }', variables: { id: b.workerId } }),
  assignSkill: (b) => ({
    query: 'mutation($id: ID!, $skill: ID!) { assignSkill(userId: $id, skillId: $skill, level: 1) { user { id } } }',
    variables: { id: b.workerId, skill: b.skillId },
  }),
  removeSkill: (b) => ({
    query: 'mutation($id: ID!, $skill: ID!) { removeSkill(userId: $id, skillId: $skill) { user { id } } }',
    variables: { id: b.workerId, skill: b.skillId },
  }),
  assignCertification: (b) => ({ query: 'mutation($id: ID!) { assignCertification(userId: $id, name: "X") { id } }', variables: { id: b.workerId } }),
  removeCertification: (b) => ({ query: 'mutation($id: ID!) { removeCertification(id: $id) { user { id } } }', variables: { id: b.certificationId } }),
  approveCertification: (b) => ({ query: 'mutation($id: ID!) { approveCertification(id: $id) { id } }', variables: { id: b.certificationId } }),
  rejectCertification: (b) => ({ query: 'mutation($id: ID!) { rejectCertification(id: $id, reason: "No") { id } }', variables: { id: b.certificationId } }),
  shift: (b) => ({ query: 'query($id: ID!) { shift(id: $id) { id } }', variables: { id: b.shiftId } }),
  createShift: (b) => ({
    query: `mutation($skill: ID!) { createShift(input: { title: "Borrowed skill", location: "X", startsAt: "2099-01-01T08:00:00Z",
      endsAt: "2099-01-01T16:00:00Z", requiredSkillId: $skill }) { id } }`,
    variables: { skill: b.skillId },
  }),
  cancelShift: (b) => ({ query: 'mutation($id: ID!) { cancelShift(id: $id) { id } }', variables: { id: b.shiftId } }),
  offerShift: (b, a) => ({ query: 'mutation($s: ID!, $u: [ID!]!) { offerShift(shiftId: $s, userIds: $u) { id } }', variables: { s: b.shiftId, u: [a.workerId] } }),
  assignShift: (b, a) => ({ query: 'mutation($s: ID!, $u: ID!) { assignShift(shiftId: $s, userId: $u) { id } }', variables: { s: b.shiftId, u: a.workerId } }),
  withdrawShiftOffer: (b) => ({ query: 'mutation($id: ID!) { withdrawShiftOffer(offerId: $id) { id } }', variables: { id: b.offerId } }),
  reviewAfterShiftReport: (b) => ({ query: 'mutation($id: ID!) { reviewAfterShiftReport(id: $id) { id } }', variables: { id: b.reportId } }),
  approveTimeOff: (b) => ({ query: 'mutation($id: ID!) { approveTimeOff(id: $id) { id } }', variables: { id: b.timeOffRequestId } }),
  rejectTimeOff: (b) => ({ query: 'mutation($id: ID!) { rejectTimeOff(id: $id, reason: "No") { id } }', variables: { id: b.timeOffRequestId } }),
};

/** Tenant A's own records pointing at tenant B's. */
export const PLANNER_ADMIN_CROSS_REFERENCES: Record<string, Call> = {
  'offerShift (an A shift to a B worker)': (b, a) => ({
    query: 'mutation($s: ID!, $u: [ID!]!) { offerShift(shiftId: $s, userIds: $u) { id } }',
    variables: { s: a.shiftId, u: [b.workerId] },
  }),
  'assignShift (an A shift to a B worker)': (b, a) => ({
    query: 'mutation($s: ID!, $u: ID!) { assignShift(shiftId: $s, userId: $u) { id } }',
    variables: { s: a.shiftId, u: b.workerId },
  }),
  'assignSkill (a B skill to an A worker)': (b, a) => ({
    query: 'mutation($id: ID!, $skill: ID!) { assignSkill(userId: $id, skillId: $skill, level: 1) { user { id } } }',
    variables: { id: a.workerId, skill: b.skillId },
  }),
};
