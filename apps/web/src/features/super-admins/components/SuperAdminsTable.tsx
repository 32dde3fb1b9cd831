import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable, type Column } from '../../../ui/DataTable';
import { DatedBadge } from '../../../ui/DatedBadge';
import type { SuperAdminRow } from '../graphql/super-admins.graphql';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export interface SuperAdminsTableProps {
  admins: SuperAdminRow[];
  viewerId: string;
  onDeactivate: (admin: SuperAdminRow) => void;
  onReactivate: (admin: SuperAdminRow) => void;
}

/** The platform's operator accounts: who they are, whether they can sign in, and with a second factor. */
export function SuperAdminsTable({ admins, viewerId, onDeactivate, onReactivate }: SuperAdminsTableProps) {
  const columns: Array<Column<SuperAdminRow>> = [
    {
      key: 'account',
      header: 'Account',
      isRowHeader: true,
      // Username and email under the name, not in columns of their own: seven columns do not fit a laptop.
      render: (a) => (
        <span className="super-admins__account">
          <span className="super-admins__name">
            {a.displayName}
            {a.id === viewerId && (
              <>
                {' '}
                <Badge tone="muted">You</Badge>
              </>
            )}
          </span>{' '}
          <span className="super-admins__login">
            <span className="mono">{a.username}</span>
            {a.email && ` · ${a.email}`}
          </span>
        </span>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      render: (a) =>
        a.active ? (
          <Badge tone="success">Active</Badge>
        ) : (
          <DatedBadge tone="muted" since={a.deactivatedAt}>
            Deactivated
          </DatedBadge>
        ),
    },
    {
      key: 'twoFactor',
      header: 'Authenticator',
      render: (a) =>
        a.twoFactorEnabled ? (
          <Badge tone="success">Enrolled</Badge>
        ) : (
          <Badge tone="warning">{a.twoFactorRequired ? 'At next sign-in' : 'Not enrolled'}</Badge>
        ),
    },
    {
      key: 'lastLogin',
      header: 'Last sign-in',
      render: (a) =>
        a.lastLoginAt ? (
          <time className="super-admins__when" dateTime={a.lastLoginAt}>
            {day.format(new Date(a.lastLoginAt))} <span className="muted">{time.format(new Date(a.lastLoginAt))}</span>
          </time>
        ) : (
          <span className="muted">Never</span>
        ),
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      render: (a) =>
        a.active ? (
          <Button variant="ghost" aria-label={`Deactivate ${a.displayName}`} onClick={() => onDeactivate(a)}>
            Deactivate
          </Button>
        ) : (
          <Button variant="ghost" aria-label={`Reactivate ${a.displayName}`} onClick={() => onReactivate(a)}>
            Reactivate
          </Button>
        ),
    },
  ];
  return <DataTable caption="Super admins" columns={columns} rows={admins} rowKey={(a) => a.id} />;
}
