import { graphql } from '../../../gql';
import type { AfterShiftReportsQuery } from '../../../gql/graphql';

export type ReportRow = AfterShiftReportsQuery['afterShiftReports'][number];

export const REPORT_FIELDS = graphql(`
  fragment AfterShiftReportFields on AfterShiftReport {
    id
    hoursWorked
    notes
    incidents
    submittedAt
    status
    reviewedAt
    reviewNote
    shift {
      id
      title
      startsAt
      endsAt
      location
    }
    worker {
      id
      displayName
      username
    }
  }
`);

export const AFTER_SHIFT_REPORTS_QUERY = graphql(`
  query AfterShiftReports($status: ReportStatus) {
    afterShiftReports(status: $status) {
      ...AfterShiftReportFields
    }
  }
`);

export const REVIEW_AFTER_SHIFT_REPORT_MUTATION = graphql(`
  mutation ReviewAfterShiftReport($id: ID!, $note: String) {
    reviewAfterShiftReport(id: $id, note: $note) {
      ...AfterShiftReportFields
    }
  }
`);
