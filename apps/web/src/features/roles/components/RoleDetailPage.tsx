import { CATALOGUE, RoleGraph } from '@access/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { useSaveForm } from '../../../forms/use-save-form';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { RENAME_ROLE_MUTATION, ROLE_QUERY, ROLES_QUERY, SET_ROLE_PARENTS_MUTATION } from '../graphql/roles.graphql';
import { roleNodes } from '../access-model';
import { ROLE_REFUSALS } from '../role-errors';
import { inheritanceLoop } from '../role-parents';
import { ROLE_QUERIES } from '../role-queries';
import { DeleteRoleDialog } from './DeleteRoleDialog';
import { RoleInheritanceSection } from './RoleInheritanceSection';
import { RoleUsers } from './RoleUsers';
import './roles.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const moduleNames = new Map<string, string>(CATALOGUE.modules.map((module) => [module.key, module.name]));

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Settings → Roles → a role: rename it, set what it inherits from, delete it. */
export function RoleDetailPage() {
  const { roleId = '' } = useParams();
  const navigate = useNavigate();
  const canManage = useCan('roles.manage');
  const canDelete = useCan('roles.delete');
  const canReadUsers = useCan('users.read');
  const { data, error, refetch } = useQuery(ROLE_QUERY, { variables: { id: roleId }, fetchPolicy: 'cache-and-network' });
  const { data: rolesData } = useQuery(ROLES_QUERY, { variables: { filter: null }, fetchPolicy: 'cache-and-network' });
  const role = data?.role;
  const graph = useMemo(() => new RoleGraph(roleNodes(rolesData?.roles ?? [])), [rolesData]);

  const [name, setName] = useState('');
  const [parentIds, setParentIds] = useState<string[]>([]);
  const nameForm = useSaveForm(['name'], ROLE_REFUSALS);
  const parentsForm = useSaveForm(['parentIds'], ROLE_REFUSALS);
  const [deleting, setDeleting] = useState(false);
  const [renameRole, renameState] = useMutation(RENAME_ROLE_MUTATION, { refetchQueries: ROLE_QUERIES, awaitRefetchQueries: true });
  const [setRoleParents, parentsState] = useMutation(SET_ROLE_PARENTS_MUTATION, { refetchQueries: ROLE_QUERIES, awaitRefetchQueries: true });

  // Start the forms from the server's values whenever another role (or a fresh copy) arrives.
  const serverName = role?.name ?? '';
  const serverParents = role?.parents.map((parent) => parent.id) ?? [];
  const serverParentsKey = serverParents.join(',');
  useEffect(() => setName(serverName), [serverName]);
  useEffect(() => setParentIds(serverParentsKey ? serverParentsKey.split(',') : []), [serverParentsKey]);

  if (!role) {
    if (error) {
      const details = errorDetails(error);
      return (
        <PageLayout title="Role" eyebrow={<Link to="/settings/roles">← Roles</Link>}>
          {details.code === 'NOT_FOUND' ? (
            <EmptyState title="This role does not exist" action={<Link to="/settings/roles">Back to roles</Link>}>
              <p>It may have been deleted, or the address is mistyped.</p>
            </EmptyState>
          ) : (
            <Alert title="Could not load the role" action={<Button onClick={() => void refetch()}>Try again</Button>}>
              {details.message}
            </Alert>
          )}
        </PageLayout>
      );
    }
    return <Loading label="Loading the role…" />;
  }

  const saveName = nameForm.onSubmit(
    () => renameRole({ variables: { id: roleId, name: name.trim() } }),
    () => (name.trim() ? {} : { name: 'Enter a role name' }),
  );
  const saveParents = parentsForm.onSubmit(
    () => setRoleParents({ variables: { id: roleId, parentIds } }),
    () => {
      // The server refuses a loop; say so before sending it.
      const loop = inheritanceLoop(graph, roleId, parentIds);
      return loop ? { parentIds: loop } : {};
    },
  );

  const parentOptions = (rolesData?.roles ?? [])
    .filter((other) => other.id !== role.id && !other.deletedAt)
    .map((other) => ({ value: other.id, label: other.name, hint: other.isSystem ? '(system)' : undefined }));

  const deleteBlocked = role.isSystem
    ? 'System roles shipped with Access cannot be deleted.'
    : role.usersCount > 0
      ? `Move the ${role.usersCount === 1 ? 'user' : `${role.usersCount} users`} on this role to another role first.`
      : null;

  const byModule = new Map<string, string[]>();
  for (const permission of role.permissions) {
    const list = byModule.get(permission.module) ?? [];
    list.push(permission.name);
    byModule.set(permission.module, list);
  }

  return (
    <PageLayout
      title={role.name}
      eyebrow={<Link to="/settings/roles">← Roles</Link>}
      description={
        <dl className="role-detail__facts">
          <div>
            <dt>Type</dt>
            <dd>{role.isSystem ? 'System role' : 'Custom role'}</dd>
          </div>
          <div>
            <dt>Users</dt>
            <dd>{role.usersCount}</dd>
          </div>
          <div>
            <dt>Created</dt>
            <dd>
              <time dateTime={role.createdAt}>{dateFormat.format(new Date(role.createdAt))}</time>
            </dd>
          </div>
        </dl>
      }
      actions={
        <Link className="btn btn--secondary" to={`/settings/permissions?role=${role.id}`}>
          Open in Permissions Manager
        </Link>
      }
    >
      <div className="role-detail">
        <section className="card" aria-labelledby="role-name-title">
          <h2 className="card__title" id="role-name-title">
            Name
          </h2>
          <p className="card__lead">The role name is for your team; the permissions are what matter.</p>
          {/* One "Saved." at a time: it says which of the two forms was saved last. */}
          <form
            onSubmit={(event) => {
              parentsForm.clearSaved();
              saveName(event);
            }}
            noValidate
          >
            <FormField
              label="Role name"
              name="name"
              autoComplete="off"
              maxLength={100}
              value={name}
              disabled={!canManage}
              hint={role.isSystem ? 'System roles are shipped with Access and keep their name.' : undefined}
              error={nameForm.errors.fields.name}
              onChange={(event) => setName(event.target.value)}
            />
            {nameForm.errors.form && <Alert title="The role was not renamed">{nameForm.errors.form}</Alert>}
            {canManage && (
              <div className="form-actions">
                <Button type="submit" variant="primary" pending={renameState.loading} disabled={name.trim() === role.name}>
                  Save role
                </Button>
                {nameForm.saved && <span role="status">Saved.</span>}
              </div>
            )}
          </form>
        </section>

        <section className="card" aria-labelledby="role-parents-title">
          <h2 className="card__title" id="role-parents-title">
            Inheritance
          </h2>
          <p className="card__lead">This role gets every permission of the roles it inherits from.</p>
          <form
            onSubmit={(event) => {
              nameForm.clearSaved();
              saveParents(event);
            }}
            noValidate
          >
            <CheckboxGroup
              legend="Inherits from"
              options={parentOptions}
              value={parentIds}
              onChange={setParentIds}
              disabled={!canManage}
              error={parentsForm.errors.fields.parentIds}
            />
            {parentsForm.errors.form && <Alert title="The inheritance was not saved">{parentsForm.errors.form}</Alert>}
            {canManage && (
              <div className="form-actions">
                <Button type="submit" variant="primary" pending={parentsState.loading} disabled={sameSet(parentIds, serverParents)}>
                  Save inheritance
                </Button>
                {parentsForm.saved && <span role="status">Saved.</span>}
              </div>
            )}
          </form>
        </section>

        <RoleInheritanceSection roleId={role.id} />

        <section className="card role-detail__wide" aria-labelledby="role-permissions-title">
          <h2 className="card__title" id="role-permissions-title">
            Own permissions
          </h2>
          <p className="card__lead">
            {role.permissions.length === 0
              ? 'This role has no permissions of its own yet.'
              : `${role.permissions.length} permissions held by the role itself; inherited ones are shown in the Permissions Manager.`}
          </p>
          {[...byModule.entries()].map(([module, names]) => (
            <div key={module}>
              <h3 className="field__label">{moduleNames.get(module) ?? module}</h3>
              <ul className="role-detail__modules">
                {names.map((permissionName) => (
                  <li key={permissionName}>
                    <Badge tone="neutral">{permissionName}</Badge>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>

        {canReadUsers && <RoleUsers roleId={role.id} usersCount={role.usersCount} />}

        {canDelete && (
          <section className="card danger-zone role-detail__wide" aria-labelledby="role-delete-title">
            <h2 className="card__title" id="role-delete-title">
              Delete role
            </h2>
            <p className="card__lead" id="role-delete-reason">
              {deleteBlocked ?? 'Deleting is a soft delete: history stays intact and a super admin can restore it.'}
            </p>
            {/* Greyed out exactly when the server would refuse (system role, users still on it). */}
            <Button variant="danger" disabled={deleteBlocked !== null} aria-describedby="role-delete-reason" onClick={() => setDeleting(true)}>
              Delete role…
            </Button>
          </section>
        )}
      </div>
      <DeleteRoleDialog
        open={deleting}
        role={role}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate('/settings/roles', { replace: true })}
      />
    </PageLayout>
  );
}
