/**
 * Every portal operation with arguments that would work for the caller, so a test can call them
 * all: `ids` supplies the rows the id arguments name.
 */
export interface PortalIds {
  offerId: string;
  shiftId: string;
  unavailableDayId: string;
  timeOffRequestId: string;
  skillId: string;
  certificationId: string;
}

export interface PortalOperation {
  name: string;
  query: string;
  variables?: (ids: PortalIds) => Record<string, unknown>;
  /** Takes an id of the caller's own rows: another worker's id must give NOT_FOUND. */
  takesId?: boolean;
}

const PDF_BASE64 = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');

export const PORTAL_OPERATIONS: PortalOperation[] = [
  { name: 'portalDashboard', query: '{ portalDashboard { cards openOffers pendingReports } }' },
  { name: 'myShifts', query: '{ myShifts(includePast: true) { id } }' },
  { name: 'myPendingReports', query: '{ myPendingReports { id } }' },
  { name: 'myReports', query: '{ myReports { id } }' },
  { name: 'myNotificationPreferences', query: '{ myNotificationPreferences { event email } }' },
  { name: 'myCalendarFeed', query: '{ myCalendarFeed { createdAt } }' },
  { name: 'myAvailability', query: '{ myAvailability { id } }' },
  { name: 'myTimeOffRequests', query: '{ myTimeOffRequests { id } }' },
  { name: 'myProfile', query: '{ myProfile { username } }' },
  { name: 'mySkills', query: '{ mySkills { level } }' },
  { name: 'myCertifications', query: '{ myCertifications { id } }' },
  { name: 'myWorkingHours', query: '{ myWorkingHours { days { weekday } } }' },
  { name: 'acceptShiftOffer', query: 'mutation($id: ID!) { acceptShiftOffer(offerId: $id) { id status } }', variables: (ids) => ({ id: ids.offerId }), takesId: true },
  { name: 'declineShiftOffer', query: 'mutation($id: ID!) { declineShiftOffer(offerId: $id) { id status } }', variables: (ids) => ({ id: ids.offerId }), takesId: true },
  {
    name: 'submitAfterShiftReport',
    query: 'mutation($id: ID!) { submitAfterShiftReport(input: { shiftId: $id, hoursWorked: 7.5 }) { id } }',
    variables: (ids) => ({ id: ids.shiftId }),
    takesId: true,
  },
  { name: 'setNotificationPreference', query: 'mutation { setNotificationPreference(event: SHIFT_OFFERED, email: false) { email } }' },
  { name: 'regenerateCalendarFeed', query: 'mutation { regenerateCalendarFeed { url } }' },
  { name: 'revokeCalendarFeed', query: 'mutation { revokeCalendarFeed }' },
  { name: 'blockDay', query: 'mutation { blockDay(date: "2099-01-02") { id } }' },
  { name: 'unblockDay', query: 'mutation($id: ID!) { unblockDay(id: $id) }', variables: (ids) => ({ id: ids.unavailableDayId }), takesId: true },
  { name: 'requestTimeOff', query: 'mutation { requestTimeOff(input: { startDate: "2099-02-01", endDate: "2099-02-03" }) { id } }' },
  {
    name: 'cancelTimeOffRequest',
    query: 'mutation($id: ID!) { cancelTimeOffRequest(id: $id) { id status } }',
    variables: (ids) => ({ id: ids.timeOffRequestId }),
    takesId: true,
  },
  { name: 'updateMyProfile', query: 'mutation { updateMyProfile(input: { firstName: "Wendy", lastName: "Worker" }) { username } }' },
  { name: 'rateMySkill', query: 'mutation($id: ID!) { rateMySkill(skillId: $id, rating: 4) { selfRating } }', variables: (ids) => ({ id: ids.skillId }), takesId: true },
  {
    name: 'uploadCertificationProof',
    query: 'mutation($id: ID!, $file: String!) { uploadCertificationProof(input: { certificationId: $id, fileName: "proof.pdf", contentType: "application/pdf", contentBase64: $file }) { id status } }',
    variables: (ids) => ({ id: ids.certificationId, file: PDF_BASE64 }),
    takesId: true,
  },
];
