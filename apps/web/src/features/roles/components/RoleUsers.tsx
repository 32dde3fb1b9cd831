import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { USERS_QUERY } from '../../users/graphql/users.query';
import { UsersTable } from '../../users/components/UsersTable';
import '../../users/components/users.css';

const SHOWN = 10;

/** Seed 002: "check the user list — move those users to a different role first". */
export function RoleUsers({ roleId, usersCount }: { roleId: string; usersCount: number }) {
  const { data, error } = useQuery(USERS_QUERY, {
    variables: { first: SHOWN, filter: { roleId }, orderBy: { field: 'NAME', direction: 'ASC' } },
    fetchPolicy: 'cache-and-network',
  });
  const users = data?.users;
  return (
    <section className="card role-detail__wide" aria-labelledby="role-users-title">
      <h2 className="card__title" id="role-users-title">
        Users on this role
      </h2>
      <p className="card__lead">
        {usersCount === 0
          ? 'Nobody is on this role.'
          : `${usersCount} ${usersCount === 1 ? 'user is' : 'users are'} on this role. Open a user to move them to another role.`}
      </p>
      {error && <Alert title="Could not load the users">{errorDetails(error).message}</Alert>}
      {!users && !error && usersCount > 0 && <Loading label="Loading users…" />}
      {users && users.edges.length > 0 && (
        <>
          <UsersTable users={users.edges.map((edge) => edge.node)} />
          {users.totalCount > users.edges.length && (
            <p className="roles__count">
              Showing {users.edges.length} of {users.totalCount} · <Link to={`/users?role=${encodeURIComponent(roleId)}`}>See all in Users</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
