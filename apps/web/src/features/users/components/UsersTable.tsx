import { Link } from 'react-router';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable, type Column, type TableSort } from '../../../ui/DataTable';
import type { UserRow } from '../graphql/users.query';
import { USER_STATE_HINTS, USER_STATE_LABELS, USER_STATE_TONES } from '../user-state';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The day in the table (narrow enough for 1280 px), the exact time on hover; `withTime` for detail views. */
export function LastLogin({ at, withTime = false }: { at: string | null | undefined; withTime?: boolean }) {
  if (!at) return <span className="muted">Never</span>;
  const date = new Date(at);
  return (
    <time dateTime={at} title={dateTime.format(date)}>
      {(withTime ? dateTime : day).format(date)}
    </time>
  );
}

export function UserStateBadge({ state }: { state: UserRow['state'] }) {
  return (
    <Badge tone={USER_STATE_TONES[state]} title={USER_STATE_HINTS[state]}>
      {USER_STATE_LABELS[state]}
    </Badge>
  );
}

/** A deleted user has no page of their own any more: their entries are in the tenant log. */
function AuditLogLink({ user }: { user: UserRow }) {
  const to = user.state === 'DELETED' ? `/settings/audit?target=${user.id}` : `/users/${user.id}?tab=audit`;
  return (
    <Link to={to} aria-label={`Audit log of ${user.username}`}>
      Audit log
    </Link>
  );
}

export interface UsersTableProps {
  users: UserRow[];
  sort?: TableSort | null;
  onSort?: (key: string) => void;
  /** Super Admin Active mode: deleted rows get a Restore button. */
  onRestore?: (user: UserRow) => void;
  restoringId?: string | null;
  /** Where each user comes from, for organisations that sign in through a provider. */
  showOrigin?: boolean;
  /** Whether the viewer may read the audit log: each row then links to the user's. */
  showAuditLog?: boolean;
}

const ORIGIN_LABELS: Record<UserRow['origin'], string> = { INTERNAL: 'Internal', EXTERNAL: 'External', SSO: 'SSO' };

export function UsersTable({ users, sort, onSort, onRestore, restoringId, showOrigin = false, showAuditLog = false }: UsersTableProps) {
  const columns: Array<Column<UserRow>> = [
    {
      key: 'username',
      header: 'Username',
      isRowHeader: true,
      sortable: true,
      render: (user) =>
        user.state === 'DELETED' && !onRestore ? (
          <span className="mono">{user.username}</span>
        ) : (
          <Link className="mono users__link" to={`/users/${user.id}`}>
            {user.username}
          </Link>
        ),
    },
    { key: 'name', header: 'Name', sortable: true, render: (user) => user.displayName },
    { key: 'email', header: 'Email', sortable: true, render: (user) => user.email },
    {
      key: 'role',
      header: 'Role',
      sortable: true,
      render: (user) => <span title={user.role.isSystem ? 'Role shipped with Access' : undefined}>{user.role.name}</span>,
    },
    ...(showOrigin ? [{ key: 'origin', header: 'Origin', render: (user: UserRow) => ORIGIN_LABELS[user.origin] }] : []),
    { key: 'lastLogin', header: 'Last login', sortable: true, render: (user) => <LastLogin at={user.lastLoginAt} /> },
    {
      key: 'status',
      header: 'Status',
      sortable: true,
      render: (user) =>
        user.state === 'DELETED' && onRestore ? (
          <span className="users__restore">
            <UserStateBadge state={user.state} />
            <Button pending={restoringId === user.id} onClick={() => onRestore(user)} aria-label={`Restore ${user.username}`}>
              Restore
            </Button>
          </span>
        ) : (
          <UserStateBadge state={user.state} />
        ),
    },
    ...(showAuditLog ? [{ key: 'actions', header: 'Actions', render: (user: UserRow) => <AuditLogLink user={user} /> }] : []),
  ];
  return (
    <DataTable
      caption="Users"
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      sort={sort}
      onSort={onSort}
      rowClassName={(user) => (user.state === 'DELETED' ? 'users__row--deleted' : undefined)}
    />
  );
}
