import { graphql } from '../../gql';

export const PORTAL_DASHBOARD_QUERY = graphql(`
  query PortalDashboard {
    portalDashboard {
      cards
      openOffers
      pendingReports
    }
  }
`);
