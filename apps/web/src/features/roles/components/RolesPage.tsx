import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { useCan, useViewer } from '../../auth/viewer-context';
import { useSearchParam } from '../../../hooks/use-search-param';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable, type Column } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { RESTORE_ROLE_MUTATION, ROLES_QUERY, type RoleListItem } from '../graphql/roles.graphql';
import { ROLE_QUERIES } from '../role-queries';
import { CreateRoleDialog } from './CreateRoleDialog';
import './roles.css';

const count = new Intl.NumberFormat();

/** Settings → Roles: every role of the tenant, its inheritance, users and own permissions. */
export function RolesPage() {
  const viewer = useViewer();
  const canManage = useCan('roles.manage');
  // Deleted roles are for a super admin inside the tenant only (Super Admin Active mode).
  const canRestore = viewer.isSuperAdmin && Boolean(viewer.tenant);
  const [search, setSearch] = useSearchParam('q');
  const [deletedParam, setDeletedParam] = useSearchParam('deleted');
  const showDeleted = canRestore && deletedParam === '1';
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [restoringId, setRestoringId] = useState<string | null>(null);

  const { data, error, refetch } = useQuery(ROLES_QUERY, {
    variables: { filter: showDeleted ? { includeDeleted: true } : null },
    fetchPolicy: 'cache-and-network',
  });
  const [restoreRole] = useMutation(RESTORE_ROLE_MUTATION, { refetchQueries: ROLE_QUERIES, awaitRefetchQueries: true });

  const roles = useMemo(() => data?.roles ?? [], [data]);
  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return needle ? roles.filter((role) => role.name.toLowerCase().includes(needle)) : roles;
  }, [roles, search]);

  async function restore(role: RoleListItem) {
    setNotice(null);
    setRestoringId(role.id);
    try {
      await restoreRole({ variables: { id: role.id } });
      setNotice({ tone: 'info', text: `"${role.name}" is restored.` });
    } catch (caught) {
      setNotice({ tone: 'error', text: `"${role.name}" was not restored: ${errorDetails(caught).message}` });
    } finally {
      setRestoringId(null);
    }
  }

  const columns: Array<Column<RoleListItem>> = [
    {
      key: 'name',
      header: 'Role',
      isRowHeader: true,
      render: (role) => (
        <span className="roles__name">
          {role.deletedAt ? <span className="roles__deleted-name">{role.name}</span> : <Link to={`/settings/roles/${role.id}`}>{role.name}</Link>}
          {role.isSystem && (
            <Badge tone="muted" title="Shipped with Access: cannot be renamed or deleted">
              System
            </Badge>
          )}
          {role.deletedAt && <Badge tone="danger">Deleted</Badge>}
        </span>
      ),
    },
    {
      key: 'parents',
      header: 'Inherits from',
      render: (role) =>
        role.parents.length > 0 ? role.parents.map((parent) => parent.name).join(', ') : <span className="muted">—</span>,
    },
    { key: 'users', header: 'Users', align: 'end', render: (role) => count.format(role.usersCount) },
    { key: 'permissions', header: 'Own permissions', align: 'end', render: (role) => count.format(role.permissions.length) },
    ...(showDeleted
      ? [
          {
            key: 'actions',
            header: 'Actions',
            align: 'end' as const,
            render: (role: RoleListItem) =>
              role.deletedAt ? (
                <Button
                  aria-label={`Restore ${role.name}`}
                  pending={restoringId === role.id}
                  onClick={() => void restore(role)}
                >
                  Restore
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <PageLayout
      title="Roles"
      description="Named sets of permissions. Every user has exactly one role; a role can inherit from others."
      actions={
        canManage && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            Create role
          </Button>
        )
      }
    >
      <div className="toolbar">
        <FormField
          label="Search roles"
          type="search"
          placeholder="Role name"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="toolbar__spacer" />
        {canRestore && (
          <label className="checkbox">
            <input type="checkbox" checked={showDeleted} onChange={(event) => setDeletedParam(event.target.checked ? '1' : '')} />
            <span>Show deleted</span>
          </label>
        )}
      </div>
      {notice && (
        <div className="roles__notice">
          <Alert tone={notice.tone}>{notice.text}</Alert>
        </div>
      )}
      {error && (
        <Alert title="Could not load the roles" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!data && !error && <Loading label="Loading roles…" />}
      {data && visible.length === 0 && (
        <EmptyState title={search ? 'No role matches your search' : 'No roles yet'}>
          <p>{search ? 'Try another part of the name.' : 'Create a role to start granting permissions.'}</p>
        </EmptyState>
      )}
      {data && visible.length > 0 && (
        <>
          <DataTable caption="Roles" columns={columns} rows={visible} rowKey={(role) => role.id} />
          <p className="roles__count" aria-live="polite">
            {visible.length === roles.length ? `${count.format(roles.length)} roles` : `${count.format(visible.length)} of ${count.format(roles.length)} roles`}
          </p>
        </>
      )}
      <CreateRoleDialog
        open={creating}
        roles={roles}
        onClose={() => setCreating(false)}
        onCreated={(role) => setNotice({ tone: 'info', text: `Role "${role.name}" created. Open it to review, or set its permissions in the Permissions Manager.` })}
      />
    </PageLayout>
  );
}
