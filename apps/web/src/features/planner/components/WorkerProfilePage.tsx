import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { assign, useSearchParamsWriter } from '../../../hooks/use-search-params-writer';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { Tabs, type TabItem } from '../../../ui/Tabs';
import { WORKER_PROFILE_QUERY } from '../graphql/worker-profile.graphql';
import { AFFILIATION_LABELS } from '../planner-labels';
import { ActivateInviteDialog } from './ActivateInviteDialog';
import { AvailabilityTab } from './AvailabilityTab';
import { CertificationsTab } from './CertificationsTab';
import { CompensationTab } from './CompensationTab';
import { DetailsTab } from './DetailsTab';
import { InviteStatusBadge } from './PlannerBadges';
import { RestrictionsTab } from './RestrictionsTab';
import { SkillsTab } from './SkillsTab';
import { WorkingHoursTab } from './WorkingHoursTab';
import './planner.css';

const back = <Link to="/planner/users">← Planner Users</Link>;

/** Planner → Planner Users → a worker: details, compensation, skills, certifications, hours, restrictions. */
export function WorkerProfilePage() {
  const { userId = '' } = useParams();
  const [params, write] = useSearchParamsWriter();
  // The API hides compensation without this permission (@visibleWith); null then means "not set".
  const seesCompensation = useCan('planner.compensation.read');
  const canManage = useCan('planner.users.manage');
  const [activating, setActivating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(WORKER_PROFILE_QUERY, { variables: { userId }, fetchPolicy: 'cache-and-network' });
  const profile = data?.workerProfile;

  if (!profile) {
    if (error) {
      const details = errorDetails(error);
      return (
        <PageLayout title="Worker profile" eyebrow={back}>
          {details.code === 'NOT_FOUND' ? (
            <EmptyState title="This planner user does not exist" action={<Link to="/planner/users">Back to planner users</Link>}>
              <p>They may have been deleted, or the address is mistyped.</p>
            </EmptyState>
          ) : (
            <Alert title="Could not load the worker profile" action={<Button onClick={() => void refetch()}>Try again</Button>}>
              {details.message}
            </Alert>
          )}
        </PageLayout>
      );
    }
    return <Loading label="Loading the worker profile…" />;
  }

  const tabs: TabItem[] = [
    { id: 'details', label: 'Details' },
    ...(seesCompensation || profile.compensation ? [{ id: 'compensation', label: 'Compensation' }] : []),
    { id: 'skills', label: 'Skills' },
    { id: 'certifications', label: 'Certifications' },
    { id: 'hours', label: 'Working hours' },
    { id: 'restrictions', label: 'Restrictions' },
    { id: 'availability', label: 'Unavailable days' },
  ];
  const requested = params.get('tab') ?? 'details';
  const tab = tabs.some((item) => item.id === requested) ? requested : 'details';
  const { user } = profile;

  return (
    <PageLayout
      title={user.displayName}
      eyebrow={back}
      actions={
        canManage &&
        user.inviteStatus === 'HOLDING' && (
          <Button variant="primary" onClick={() => setActivating(true)}>
            Activate &amp; Invite
          </Button>
        )
      }
      description={
        <span className="planner-header">
          {/* External workers sign in with their email address: say it once. */}
          {user.username !== user.email && <span className="mono">{user.username}</span>}
          <span>{user.email}</span>
          <InviteStatusBadge status={user.inviteStatus} />
          <span className="muted">{AFFILIATION_LABELS[user.affiliation]} planner user</span>
          {!user.portalAccess && <span className="muted">Portal access off</span>}
        </span>
      }
    >
      {notice && (
        <Alert tone="info" action={<Button variant="ghost" onClick={() => setNotice(null)}>Dismiss</Button>}>
          {notice}
        </Alert>
      )}
      <Tabs
        label="Worker profile"
        tabs={tabs}
        selected={tab}
        onSelect={(id) =>
write(assign({ tab: id === 'details' ? '' : id }))
        }
      >
        {tab === 'details' && <DetailsTab userId={userId} details={profile.details} />}
        {tab === 'compensation' && <CompensationTab userId={userId} compensation={profile.compensation ?? null} />}
        {tab === 'skills' && <SkillsTab userId={userId} skills={profile.skills} />}
        {tab === 'certifications' && <CertificationsTab userId={userId} workerName={user.displayName} certifications={profile.certifications} />}
        {tab === 'hours' && <WorkingHoursTab userId={userId} hours={profile.workingHours} />}
        {tab === 'restrictions' && <RestrictionsTab userId={userId} restrictions={profile.restrictions} />}
        {tab === 'availability' && <AvailabilityTab days={profile.unavailableDays} />}
      </Tabs>
      {activating && (
        <ActivateInviteDialog
          user={user}
          onClose={() => setActivating(false)}
          onInvited={(invited) => {
            setActivating(false);
            setNotice(`${invited.displayName} was emailed a temporary password at ${invited.email}.`);
          }}
        />
      )}
    </PageLayout>
  );
}
