import { graphql } from '../../gql';
import type { MyReportsQuery } from '../../gql/graphql';

export type PendingReportShift = MyReportsQuery['myPendingReports'][number];

export const MY_REPORTS_QUERY = graphql(`
  query MyReports {
    myPendingReports {
      ...PortalShiftFields
    }
    myReports {
      id
      shift {
        ...PortalShiftFields
      }
      hoursWorked
      notes
      incidents
      submittedAt
      status
      reviewNote
    }
  }
`);

export const SUBMIT_AFTER_SHIFT_REPORT_MUTATION = graphql(`
  mutation SubmitAfterShiftReport($input: AfterShiftReportInput!) {
    submitAfterShiftReport(input: $input) {
      id
    }
  }
`);
