import { graphql } from '../../gql';

export const MY_NOTIFICATION_PREFERENCES_QUERY = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      event
      description
      email
    }
  }
`);

export const SET_NOTIFICATION_PREFERENCE_MUTATION = graphql(`
  mutation SetNotificationPreference($event: NotificationEvent!, $email: Boolean!) {
    setNotificationPreference(event: $event, email: $email) {
      event
      description
      email
    }
  }
`);
