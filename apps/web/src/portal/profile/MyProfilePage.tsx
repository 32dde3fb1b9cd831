import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '../shell/dates';
import { PortalPage } from '../shell/PortalPage';
import { QueryStatus } from '../shell/QueryStatus';
import { MY_PROFILE_QUERY } from './profile.graphql';
import { ProfileForm } from './ProfileForm';
import { TimeZoneForm } from './TimeZoneForm';
import { usePortalViewer } from '../shell/portal-viewer-context';

/** My Profile: sign-in identity (read-only) and the details the worker keeps up to date. */
export function MyProfilePage() {
  const timeZone = usePortalViewer().timeZone;
  // Schedulers edit the same details: always start from the newest version.
  const { data, error, refetch } = useQuery(MY_PROFILE_QUERY, { fetchPolicy: 'network-only' });
  const profile = data?.myProfile;

  return (
    <PortalPage title="My Profile" description="Keep your contact details up to date for your scheduler.">
      {!profile ? (
        <QueryStatus error={error} onRetry={() => void refetch()} />
      ) : (
        <div className="portal-item">
          <dl className="portal-item__facts">
            <div>
              <dt>Username</dt>
              <dd>{profile.username}</dd>
            </div>
            <div>
              <dt>Email</dt>
              <dd>{profile.email}</dd>
            </div>
            <div>
              <dt>Last updated</dt>
              <dd data-testid="profile-updated">
                {profile.details.updatedAt
                  ? `${formatDateTime(profile.details.updatedAt, timeZone)}${profile.details.updatedBy ? ` by ${profile.details.updatedBy}` : ''}`
                  : 'Never'}
              </dd>
            </div>
          </dl>
          <ProfileForm profile={profile} />
          <TimeZoneForm />
        </div>
      )}
    </PortalPage>
  );
}
