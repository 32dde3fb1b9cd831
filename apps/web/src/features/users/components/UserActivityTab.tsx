import { useQuery } from '@apollo/client/react';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { USER_ACTIVITY_QUERY } from '../graphql/user.graphql';
import { SignInsPerDay } from './SignInsPerDay';
import { LastLogin } from './UsersTable';

/** Seed 003 "Recent Activity": spot dormant accounts before deactivating them. */
export function UserActivityTab({ userId }: { userId: string }) {
  const { data, error, refetch } = useQuery(USER_ACTIVITY_QUERY, { variables: { userId }, fetchPolicy: 'cache-and-network' });
  if (error) {
    return (
      <Alert title="Could not load the activity" action={<Button onClick={() => void refetch()}>Try again</Button>}>
        {errorDetails(error).message}
      </Alert>
    );
  }
  const activity = data?.userActivity;
  if (!activity) return <Loading label="Loading activity…" />;
  const stats = [
    ['Logins in last 7 days', activity.loginsLast7Days],
    ['Logins in last 30 days', activity.loginsLast30Days],
    ['Logins in last year', activity.loginsLast365Days],
  ] as const;
  return (
    <section className="card" aria-labelledby="activity-title">
      <h2 className="card__title" id="activity-title">
        Recent activity
      </h2>
      <dl className="stat-grid">
        <div className="stat">
          <dt>Last login</dt>
          <dd>
            <LastLogin at={activity.lastLoginAt} withTime />
          </dd>
        </div>
        {stats.map(([label, value]) => (
          <div className="stat" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <SignInsPerDay since={activity.signInsSince} perDay={activity.signInsPerDay} />
    </section>
  );
}
