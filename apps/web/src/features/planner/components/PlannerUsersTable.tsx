import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import { DataTable, type Column } from '../../../ui/DataTable';
import type { PlannerUserRow } from '../graphql/planner-users.graphql';
import { formatDate, formatDateTime } from '../format';
import { AFFILIATION_LABELS } from '../planner-labels';
import { InviteStatusBadge } from './PlannerBadges';

export interface PlannerUsersTableProps {
  users: PlannerUserRow[];
  /** Offered on holding rows when the viewer may manage planner users. */
  onActivate?: (user: PlannerUserRow) => void;
}

/** One row per planner user; the name links to the worker profile and the whole row follows it. */
export function PlannerUsersTable({ users, onActivate }: PlannerUsersTableProps) {
  const columns: Array<Column<PlannerUserRow>> = [
    {
      key: 'name',
      header: 'Name',
      isRowHeader: true,
      render: (user) => (
        <Link className="planner-row-link" to={`/planner/users/${user.id}`}>
          {user.displayName}
        </Link>
      ),
    },
    { key: 'email', header: 'Email', render: (user) => user.email },
    { key: 'affiliation', header: 'Affiliation', render: (user) => AFFILIATION_LABELS[user.affiliation] },
    {
      key: 'status',
      header: 'Invite status',
      render: (user) => (
        <span className="planner-status">
          <InviteStatusBadge status={user.inviteStatus} />
          {!user.portalAccess && <span className="muted">Portal off</span>}
        </span>
      ),
    },
    {
      key: 'lastLogin',
      header: 'Last login',
      render: (user) =>
        user.lastLoginAt ? (
          <time dateTime={user.lastLoginAt} title={formatDateTime(user.lastLoginAt)}>
            {formatDate(user.lastLoginAt)}
          </time>
        ) : (
          <span className="muted">Never</span>
        ),
    },
  ];
  if (onActivate) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      render: (user) =>
        user.inviteStatus === 'HOLDING' ? (
          <Button onClick={() => onActivate(user)} aria-label={`Activate & Invite ${user.displayName}`}>
            Activate &amp; Invite
          </Button>
        ) : null,
    });
  }
  return <DataTable caption="Planner users" columns={columns} rows={users} rowKey={(user) => user.id} rowClassName={() => 'planner-row'} />;
}
