import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../ui/Alert';
import { PortalPage } from '../shell/PortalPage';
import { QueryStatus } from '../shell/QueryStatus';
import { CertificationCard } from './CertificationCard';
import { MY_CERTIFICATIONS_QUERY } from './certifications.graphql';

/** My Certifications: a certification counts only once a scheduler approved its proof. */
export function MyCertificationsPage() {
  const { data, error, refetch } = useQuery(MY_CERTIFICATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <PortalPage title="My Certifications" description="Upload proof of each certification; it counts once your scheduler approves it.">
      {notice && <Alert tone="info">{notice}</Alert>}
      {!data ? (
        <QueryStatus error={error} onRetry={() => void refetch()} />
      ) : data.myCertifications.length === 0 ? (
        <p className="portal-empty">No certifications are assigned to you.</p>
      ) : (
        <ul className="portal-list">
          {data.myCertifications.map((certification) => (
            <li key={certification.id}>
              <CertificationCard certification={certification} onUploaded={setNotice} />
            </li>
          ))}
        </ul>
      )}
    </PortalPage>
  );
}
