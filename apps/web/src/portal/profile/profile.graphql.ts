import { graphql } from '../../gql';
import type { MyProfileQuery } from '../../gql/graphql';

export type PortalProfile = MyProfileQuery['myProfile'];

export const PORTAL_PROFILE_FIELDS = graphql(`
  fragment PortalProfileFields on PortalProfile {
    username
    email
    details {
      ...WorkerDetailsFields
    }
  }
`);

export const MY_PROFILE_QUERY = graphql(`
  query MyProfile {
    myProfile {
      ...PortalProfileFields
    }
  }
`);

export const UPDATE_MY_PROFILE_MUTATION = graphql(`
  mutation UpdateMyProfile($input: WorkerDetailsInput!) {
    updateMyProfile(input: $input) {
      ...PortalProfileFields
    }
  }
`);

export const SET_MY_TIME_ZONE_MUTATION = graphql(`
  mutation SetMyTimeZone($timeZone: String) {
    setMyTimeZone(timeZone: $timeZone)
  }
`);
