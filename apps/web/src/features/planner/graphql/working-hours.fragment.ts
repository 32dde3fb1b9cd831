import { graphql } from '../../../gql';

/** Working hours as both sides show them: the scheduler edits them, the worker reads them in the portal. */
export const WORKING_HOURS_FIELDS = graphql(`
  fragment WorkingHoursFields on WorkingHours {
    contractedHoursPerWeek
    maxHoursPerWeek
    days {
      weekday
      start
      end
    }
  }
`);
