import { graphql } from '../../gql';

export const MY_WORKING_HOURS_QUERY = graphql(`
  query MyWorkingHours {
    myWorkingHours {
      ...WorkingHoursFields
    }
  }
`);
