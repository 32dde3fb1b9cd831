import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../apollo';
import type { MyNotificationPreferencesQuery, NotificationEvent } from '../../gql/graphql';
import { Switch } from '../../ui/Switch';
import { PortalPage, PortalSection } from '../shell/PortalPage';
import { QueryStatus } from '../shell/QueryStatus';
import { MY_NOTIFICATION_PREFERENCES_QUERY, SET_NOTIFICATION_PREFERENCE_MUTATION } from './notifications.graphql';

type NotificationPreference = MyNotificationPreferencesQuery['myNotificationPreferences'][number];

/** Short names for the switches; the API's description of each event is the hint below. */
const EVENT_LABELS = {
  SHIFT_OFFERED: 'A shift is offered to me',
  SHIFT_CANCELLED: 'A shift of mine is cancelled',
  REPORT_DUE: 'An after-shift report is due',
  CERTIFICATION_REVIEWED: 'A certification proof is reviewed',
  TIME_OFF_REVIEWED: 'A time-off request is answered',
} as const satisfies Record<NotificationEvent, string>;

/** Configure Notifications: one email switch per event, saved as it is flipped. */
export function NotificationsPage() {
  const { data, error, refetch } = useQuery(MY_NOTIFICATION_PREFERENCES_QUERY);
  const [save] = useMutation(SET_NOTIFICATION_PREFERENCE_MUTATION);
  const [saving, setSaving] = useState<NotificationEvent | null>(null);
  const [status, setStatus] = useState<{ event: NotificationEvent; error?: string } | null>(null);

  async function toggle(preference: NotificationPreference, email: boolean) {
    const { event } = preference;
    setSaving(event);
    setStatus(null);
    try {
      await save({
        variables: { event, email },
        // The switch moves at once; a refusal puts it back.
        optimisticResponse: { setNotificationPreference: { ...preference, email } },
        // Preferences have no id of their own: put the answer into the cached list.
        update(cache, { data: saved }) {
          const preference = saved?.setNotificationPreference;
          if (!preference) return;
          cache.updateQuery({ query: MY_NOTIFICATION_PREFERENCES_QUERY }, (current) =>
            current && {
              myNotificationPreferences: current.myNotificationPreferences.map((entry) => (entry.event === event ? preference : entry)),
            },
          );
        },
      });
      setStatus({ event });
    } catch (caught) {
      setStatus({ event, error: errorDetails(caught).message });
    } finally {
      setSaving(null);
    }
  }

  return (
    <PortalPage title="Configure Notifications" description="Choose which events send you an email.">
      {!data ? (
        <QueryStatus error={error} onRetry={() => void refetch()} />
      ) : (
        <PortalSection title="Email me when" id="email-events">
          <div className="portal-item portal-settings">
            {data.myNotificationPreferences.map((preference) => (
              <Switch
                key={preference.event}
                label={EVENT_LABELS[preference.event]}
                hint={preference.description}
                checked={preference.email}
                disabled={saving === preference.event}
                error={status?.event === preference.event ? status.error : undefined}
                onChange={(email) => void toggle(preference, email)}
              />
            ))}
          </div>
          <p className="portal-status" role="status">
            {status && !status.error ? 'Saved.' : ''}
          </p>
        </PortalSection>
      )}
    </PortalPage>
  );
}
