import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../apollo';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDateTime } from '../shell/dates';
import { PortalPage, PortalSection } from '../shell/PortalPage';
import { QueryStatus } from '../shell/QueryStatus';
import { MY_CALENDAR_FEED_QUERY, REGENERATE_CALENDAR_FEED_MUTATION, REVOKE_CALENDAR_FEED_MUTATION } from './calendar.graphql';
import { CopyableUrl } from './CopyableUrl';
import { SubscribeSteps } from './SubscribeSteps';
import './calendar.css';
import { usePortalViewer } from '../shell/portal-viewer-context';

type Confirming = 'regenerate' | 'revoke' | null;

/**
 * Calendar Links: a secret iCal feed of the worker's accepted shifts. The server stores only a
 * hash, so the URL is shown once, right after it is created; losing it means regenerating.
 */
export function CalendarLinksPage() {
  const timeZone = usePortalViewer().timeZone;
  const { data, error, refetch } = useQuery(MY_CALENDAR_FEED_QUERY);
  const refetchQueries = [MY_CALENDAR_FEED_QUERY];
  const [regenerate, regenerating] = useMutation(REGENERATE_CALENDAR_FEED_MUTATION, { refetchQueries });
  const [revoke, revoking] = useMutation(REVOKE_CALENDAR_FEED_MUTATION, { refetchQueries });
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function create() {
    setFailure(null);
    setNotice(null);
    try {
      const { data: issued } = await regenerate();
      setUrl(issued?.regenerateCalendarFeed.url ?? null);
      setConfirming(null);
    } catch (caught) {
      setFailure(errorDetails(caught).message);
    }
  }

  async function remove() {
    setFailure(null);
    try {
      await revoke();
      setUrl(null);
      setConfirming(null);
      setNotice('The calendar link is revoked. Calendars subscribed to it stop receiving your shifts.');
    } catch (caught) {
      setFailure(errorDetails(caught).message);
    }
  }

  function closeDialog() {
    setConfirming(null);
    setFailure(null);
  }

  const feed = data?.myCalendarFeed;

  return (
    <PortalPage title="Calendar Links" description="See your accepted shifts in Google, Apple or Outlook calendar, kept up to date.">
      {notice && <Alert tone="info">{notice}</Alert>}
      {failure && !confirming && <Alert>{failure}</Alert>}
      {!data ? (
        <QueryStatus error={error} onRetry={() => void refetch()} />
      ) : (
        <PortalSection title="Your calendar link" id="calendar-link">
          <div className="portal-item">
            {url ? (
              <>
                <Alert tone="info" title="Copy your link now">
                  For your privacy it is shown only this once. If you lose it, create a new one.
                </Alert>
                <CopyableUrl url={url} label="Calendar link" />
                <SubscribeSteps />
              </>
            ) : feed ? (
              <p>
                Created {formatDateTime(feed.createdAt, timeZone)}.{' '}
                {feed.lastFetchedAt ? `A calendar last fetched it ${formatDateTime(feed.lastFetchedAt, timeZone)}.` : 'No calendar has fetched it yet.'}
              </p>
            ) : (
              <p>You have no calendar link. Create one to subscribe to your shifts from a calendar app.</p>
            )}
            <div className="portal-item__actions">
              {feed ? (
                <>
                  <Button onClick={() => setConfirming('regenerate')}>Regenerate link</Button>
                  <Button variant="danger" onClick={() => setConfirming('revoke')}>
                    Revoke link
                  </Button>
                </>
              ) : (
                <Button variant="primary" pending={regenerating.loading} onClick={() => void create()}>
                  Create calendar link
                </Button>
              )}
            </div>
          </div>
        </PortalSection>
      )}
      <ConfirmDialog
        open={confirming === 'regenerate'}
        title="Regenerate the calendar link?"
        confirmLabel="Regenerate link"
        pending={regenerating.loading}
        error={failure}
        onConfirm={() => void create()}
        onClose={closeDialog}
      >
        <p>You get a new link. The current one stops working at once: calendars subscribed to it must subscribe again with the new link.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'revoke'}
        title="Revoke the calendar link?"
        confirmLabel="Revoke link"
        confirmVariant="danger"
        pending={revoking.loading}
        error={failure}
        onConfirm={() => void remove()}
        onClose={closeDialog}
      >
        <p>Calendars subscribed to it stop receiving your shifts. You can create a new link later.</p>
      </ConfirmDialog>
    </PortalPage>
  );
}
