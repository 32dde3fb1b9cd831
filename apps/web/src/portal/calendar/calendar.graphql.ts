import { graphql } from '../../gql';

export const MY_CALENDAR_FEED_QUERY = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      createdAt
      lastFetchedAt
    }
  }
`);

/** The URL comes back this once; the page shows it and then forgets it. */
export const REGENERATE_CALENDAR_FEED_MUTATION = graphql(`
  mutation RegenerateCalendarFeed {
    regenerateCalendarFeed {
      url
      feed {
        createdAt
        lastFetchedAt
      }
    }
  }
`);

export const REVOKE_CALENDAR_FEED_MUTATION = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
