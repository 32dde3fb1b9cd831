import { MODULES, PERMISSIONS } from '@access/domain';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useEffect, useRef, useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useCan, useViewer } from '../../auth/viewer-context';
import type { EffectivePermissionsQuery } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { SelectField } from '../../../ui/SelectField';
import { GrantPrerequisitesDialog, type GrantOffer } from '../../permissions/components/PermissionDialogs';
import { RevokeDialog } from '../../permissions/components/RevokeDialog';
import { ROLES_QUERY } from '../../roles/graphql/roles.graphql';
import {
  CHANGE_ROLE_MUTATION,
  EFFECTIVE_PERMISSIONS_QUERY,
  EXPLAIN_PERMISSION_QUERY,
  GRANT_USER_PERMISSIONS_MUTATION,
  type UserDetail,
} from '../graphql/user.graphql';
import { useBeyondViewerKeys } from '../../permissions/hooks/use-beyond-viewer-keys';
import { outrankedReason, roleAssignmentGaps, roleOptionLabel } from '../delegation';
import { useBeyondViewer } from '../hooks/use-beyond-viewer';
import { useDirectRevoke, type PermissionMessage } from '../hooks/use-direct-revoke';
import { useUserActions } from '../hooks/use-user-actions';
import { managedBy, rolesAssignedHere, type SignInMode } from '../sign-in-mode';

type Effective = EffectivePermissionsQuery['effectivePermissions'][number];
type Source = Effective['sources'][number];

const permissionNames = new Map<string, string>(PERMISSIONS.map((permission) => [permission.key, permission.name]));
const nameOf = (key: string) => permissionNames.get(key) ?? key;

function SourceBadge({ source }: { source: Source }) {
  if (source.kind === 'DIRECT') return <Badge tone="warning">Direct</Badge>;
  if (source.kind === 'ROLE') return <Badge tone="neutral">Role</Badge>;
  const via = source.path.length > 1 ? source.path.slice(1).join(' → ') : (source.roleName ?? '');
  return (
    <Badge tone="muted" title={`Inherited via ${source.path.join(' → ')}`}>
      Inherited (via {via})
    </Badge>
  );
}

/** A "Why?" answer from the server: one sentence about this user and this permission. */
function Explanation({ userId, permissionKey }: { userId: string; permissionKey: string }) {
  const [load, { data, error, loading }] = useLazyQuery(EXPLAIN_PERMISSION_QUERY);
  useEffect(() => {
    void load({ variables: { userId, key: permissionKey } });
  }, [load, userId, permissionKey]);
  if (loading || (!data && !error)) return <span className="muted">Asking the server…</span>;
  if (error) return <span className="field__error">{errorDetails(error).message}</span>;
  return <span>{data?.explainPermission.sentence}</span>;
}

/** Seed 000/002: the user's role (changes take effect at once), direct permissions, and everything effective with its sources. */
export function UserAccessTab({ user, signInMode }: { user: UserDetail; signInMode: SignInMode }) {
  const viewer = useViewer();
  const mayUsersPermissionsGrant = useCan('users.permissions.grant');
  const mayRolesRead = useCan('roles.read');
  const beyond = useBeyondViewer(user.id);
  const available = useUserActions(user);
  const rolesHere = rolesAssignedHere(signInMode);
  const canAssign = available('changeRole').allowed && rolesHere;
  const canGrant = mayUsersPermissionsGrant && user.state !== 'DELETED' && beyond.length === 0;
  const { data: rolesData } = useQuery(ROLES_QUERY, { variables: { filter: null }, skip: !mayRolesRead });
  const { data, error, refetch } = useQuery(EFFECTIVE_PERMISSIONS_QUERY, { variables: { userId: user.id }, fetchPolicy: 'cache-and-network' });
  const [changeRole, changeState] = useMutation(CHANGE_ROLE_MUTATION, { refetchQueries: ['EffectivePermissions'], awaitRefetchQueries: true });
  const [grant, grantState] = useMutation(GRANT_USER_PERMISSIONS_MUTATION, { refetchQueries: ['EffectivePermissions'], awaitRefetchQueries: true });

  const [roleId, setRoleId] = useState(user.role.id);
  useEffect(() => setRoleId(user.role.id), [user.role.id]);
  const [roleMessage, setRoleMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [grantKey, setGrantKey] = useState('');
  const [offer, setOffer] = useState<GrantOffer | null>(null);
  const [permissionMessage, setPermissionMessage] = useState<PermissionMessage | null>(null);
  // A revoke can take the row (and its button) away: the outcome then holds the focus.
  const messageRef = useRef<HTMLDivElement>(null);
  const [focusMessage, setFocusMessage] = useState(false);
  useEffect(() => {
    if (!focusMessage || !permissionMessage) return;
    messageRef.current?.focus();
    setFocusMessage(false);
  }, [focusMessage, permissionMessage]);
  const [explaining, setExplaining] = useState<ReadonlySet<string>>(new Set());

  const effective = data?.effectivePermissions ?? [];
  const revoke = useDirectRevoke(user, effective, nameOf, (message) => {
    setPermissionMessage(message);
    setFocusMessage(true);
  });
  const direct = new Set(effective.filter((entry) => entry.sources.some((source) => source.kind === 'DIRECT')).map((entry) => entry.key));
  const grantable = PERMISSIONS.filter((permission) => !direct.has(permission.key));
  // The viewer hands out only what they hold; a super admin in the tenant is exempt.
  const beyondViewerKeys = useBeyondViewerKeys();
  const holds = (key: string) => !beyondViewerKeys.has(key);
  const liveRoles = rolesData?.roles.filter((role) => !role.deletedAt) ?? [];
  const roleGaps = data ? roleAssignmentGaps(liveRoles, viewer, { id: user.id, roleId: user.role.id, direct: [...direct] }) : new Map<string, string[]>();

  async function saveRole() {
    setRoleMessage(null);
    try {
      const result = await changeRole({ variables: { id: user.id, roleId } });
      setRoleMessage({ tone: 'info', text: `Role changed to ${result.data?.changeRole.role.name ?? 'the new role'}. It takes effect at once.` });
    } catch (caught) {
      const details = errorDetails(caught);
      setRoleMessage({ tone: 'error', text: details.message });
      setRoleId(user.role.id);
    }
  }

  async function grantPermission(key: string, withPrerequisites: boolean) {
    setPermissionMessage(null);
    try {
      const result = await grant({ variables: { userId: user.id, keys: [key], withPrerequisites } });
      setOffer(null);
      setGrantKey('');
      const extra = result.data?.grantUserPermissions.prerequisitesGranted ?? [];
      setPermissionMessage({
        tone: 'info',
        text: `${nameOf(key)} granted directly${extra.length > 0 ? `, with ${extra.map(nameOf).join(', ')}` : ''}.`,
      });
    } catch (caught) {
      const details = errorDetails(caught);
      const missing = details.extensions.missing;
      if (details.reason === 'PREREQUISITES_MISSING' && Array.isArray(missing) && !withPrerequisites) {
        setOffer({ roleId: user.id, roleName: user.displayName, key, missing: missing.map(String) });
      } else {
        setOffer(null);
        setPermissionMessage({ tone: 'error', text: details.message });
      }
    }
  }

  const toggleWhy = (key: string) =>
    setExplaining((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const byModule = MODULES.map((module) => ({ module, entries: effective.filter((entry) => entry.permission.module === module.key) })).filter(
    (group) => group.entries.length > 0,
  );

  return (
    <div className="stack">
      <section className="card" aria-labelledby="role-title">
        <h2 className="card__title" id="role-title">
          Role
        </h2>
        <p className="card__lead">Every user has one role. A change takes effect on the user's next request; direct permissions stay.</p>
        <div className="user-access__role">
          <SelectField label="Role" value={roleId} disabled={!canAssign || !rolesData} onChange={(event) => setRoleId(event.target.value)}>
            {!rolesData && <option value={user.role.id}>{user.role.name}</option>}
            {liveRoles.map((role) => {
              const gap = roleGaps.get(role.id) ?? [];
              return (
                <option key={role.id} value={role.id} disabled={gap.length > 0 && role.id !== user.role.id}>
                  {role.id === user.role.id ? role.name : roleOptionLabel(role.name, gap)}
                </option>
              );
            })}
          </SelectField>
          {canAssign && (
            <Button variant="primary" pending={changeState.loading} disabled={roleId === user.role.id} onClick={() => void saveRole()}>
              Save role
            </Button>
          )}
        </div>
        {!rolesHere && (
          <p className="user-profile__managed" data-testid="role-managed">
            {managedBy(signInMode)}: the role follows its role claim at each sign-in (external authorization).
          </p>
        )}
        {beyond.length > 0 && <p className="muted">{outrankedReason(beyond, user.displayName)}, so you cannot change their role or permissions.</p>}
        {roleMessage &&
          (roleMessage.tone === 'error' ? (
            <Alert title="The role was not changed">{roleMessage.text}</Alert>
          ) : (
            <p role="status" className="user-access__ok">
              {roleMessage.text}
            </p>
          ))}
      </section>

      <section className="card" aria-labelledby="effective-title">
        <div className="user-access__head">
          <div>
            <h2 className="card__title" id="effective-title">
              Effective permissions
            </h2>
            <p className="card__lead">
              From the role, the roles it inherits from, and direct grants. Greyed ones are held but inactive: a prerequisite is missing.
            </p>
          </div>
          {canGrant && (
            <div className="user-access__grant">
              <SelectField label="Grant a permission directly" value={grantKey} onChange={(event) => setGrantKey(event.target.value)}>
                <option value="">Choose a permission…</option>
                {MODULES.map((module) => (
                  <optgroup key={module.key} label={module.name}>
                    {grantable
                      .filter((permission) => permission.module === module.key)
                      .map((permission) => (
                        <option key={permission.key} value={permission.key} disabled={!holds(permission.key)}>
                          {holds(permission.key) ? permission.name : `${permission.name} (you do not have it)`}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </SelectField>
              <Button pending={grantState.loading && !offer} disabled={!grantKey} onClick={() => void grantPermission(grantKey, false)}>
                Grant
              </Button>
            </div>
          )}
        </div>
        {permissionMessage && (
          <div ref={messageRef} tabIndex={-1} className="user-access__message">
            <Alert
              tone={permissionMessage.tone}
              title={permissionMessage.lines?.length ? permissionMessage.text : undefined}
              action={
                <Button variant="ghost" onClick={() => setPermissionMessage(null)}>
                  Dismiss
                </Button>
              }
            >
              {permissionMessage.lines?.length ? (
                <ul className="user-access__outcome">
                  {permissionMessage.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : (
                permissionMessage.text
              )}
            </Alert>
          </div>
        )}
        {error && (
          <Alert title="Could not load the permissions" action={<Button onClick={() => void refetch()}>Try again</Button>}>
            {errorDetails(error).message}
          </Alert>
        )}
        {!data && !error && <Loading label="Loading permissions…" />}
        {data && effective.length === 0 && <p className="muted">This user has no permissions: they can sign in but see nothing.</p>}
        {data && effective.length > 0 && (
          <div className="table-wrap user-access__table">
            <table className="table" data-testid="effective-permissions">
              <caption className="visually-hidden">Effective permissions of {user.displayName}</caption>
              <thead>
                <tr>
                  <th scope="col">Permission</th>
                  <th scope="col">Sources</th>
                  <th scope="col">State</th>
                  <th scope="col" className="align-end">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              {byModule.map(({ module, entries }) => (
                <tbody key={module.key}>
                  <tr className="user-access__module">
                    <th scope="colgroup" colSpan={4}>
                      {module.name}
                    </th>
                  </tr>
                  {entries.map((entry) => {
                    const open = explaining.has(entry.key);
                    const inactive = entry.state === 'INACTIVE';
                    return (
                      <Fragment key={entry.key}>
                        <tr className={inactive ? 'user-access__row user-access__row--inactive' : 'user-access__row'} data-key={entry.key}>
                          <th scope="row">
                            {entry.permission.name}
                            <span className="mono user-access__key">{entry.key}</span>
                          </th>
                          <td>
                            <span className="user-access__sources">
                              {entry.sources.map((source, index) => (
                                <SourceBadge key={`${source.kind}-${source.roleId ?? 'direct'}-${index}`} source={source} />
                              ))}
                            </span>
                          </td>
                          <td>
                            {inactive ? (
                              <span className="user-access__inactive">Inactive — needs {entry.missingPrerequisites.map(nameOf).join(', ')}</span>
                            ) : (
                              'Active'
                            )}
                          </td>
                          <td className="align-end">
                            <span className="user-access__actions">
                              <button type="button" className="link-button" aria-expanded={open} onClick={() => toggleWhy(entry.key)}>
                                Why?<span className="visually-hidden"> {entry.permission.name}</span>
                              </button>
                              {canGrant && direct.has(entry.key) && (
                                <Button
                                  variant="ghost"
                                  className="btn--small"
                                  pending={revoke.revokingAtOnce}
                                  onClick={() => {
                                    setPermissionMessage(null);
                                    revoke.ask(entry.key);
                                  }}
                                  aria-label={`Revoke direct ${entry.permission.name}`}
                                >
                                  Revoke
                                </Button>
                              )}
                            </span>
                          </td>
                        </tr>
                        {open && (
                          <tr className="user-access__why">
                            <td colSpan={4}>
                              <Explanation userId={user.id} permissionKey={entry.key} />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    );
                  })}
                </tbody>
              ))}
            </table>
          </div>
        )}
      </section>
      <GrantPrerequisitesDialog
        offer={offer}
        nameOf={nameOf}
        pending={grantState.loading}
        onCancel={() => setOffer(null)}
        onConfirm={(chosen) => void grantPermission(chosen.key, true)}
      />
      <RevokeDialog choice={revoke.choice} nameOf={nameOf} pending={revoke.pendingCascade} onCancel={revoke.cancel} onConfirm={revoke.confirm} />
    </div>
  );
}
