import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../ui/Alert';
import { PortalPage, PortalSection } from '../shell/PortalPage';
import { QueryStatus } from '../shell/QueryStatus';
import { MY_AVAILABILITY_QUERY } from './availability.graphql';
import { BlockDayForm } from './BlockDayForm';
import { TimeOffForm } from './TimeOffForm';
import { TimeOffList } from './TimeOffList';
import { UnavailableDaysList } from './UnavailableDaysList';

/** My Availability: whole days the worker cannot work, blocked directly or through time off. */
export function AvailabilityPage() {
  const { data, error, refetch } = useQuery(MY_AVAILABILITY_QUERY, { fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <PortalPage title="My Availability" description="Block whole days you cannot work, or ask for time off. You will not be offered shifts on those days.">
      {notice && <Alert tone="info">{notice}</Alert>}
      <div className="portal-columns">
        <PortalSection title="Block a day" id="block-day">
          <div className="portal-item">
            <BlockDayForm onBlocked={setNotice} />
            <h3 className="portal-subtitle">Days you are unavailable</h3>
            {data ? <UnavailableDaysList days={data.myAvailability} /> : <QueryStatus error={error} onRetry={() => void refetch()} />}
          </div>
        </PortalSection>
        <PortalSection title="Request time off" id="time-off">
          <div className="portal-item">
            <TimeOffForm onRequested={setNotice} />
            <h3 className="portal-subtitle">Your requests</h3>
            {data && <TimeOffList requests={data.myTimeOffRequests} />}
          </div>
        </PortalSection>
      </div>
    </PortalPage>
  );
}
