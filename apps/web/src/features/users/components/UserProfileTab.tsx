import { isKnownTimeZone } from '@access/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { outrankedReason } from '../delegation';
import { useBeyondViewer } from '../hooks/use-beyond-viewer';
import { useUserActions } from '../hooks/use-user-actions';
import type { UpdateUserInput } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Switch } from '../../../ui/Switch';
import { TimeZoneField } from '../../../ui/TimeZoneField';
import {
  RELEASE_ACCESS_MUTATION,
  SET_PORTAL_ACCESS_MUTATION,
  UPDATE_USER_MUTATION,
  type UserDetail,
} from '../graphql/user.graphql';
import { useSaveForm } from '../../../forms/use-save-form';
import { checkAction } from '../user-state';
import { identityEditedHere, managedBy, passwordsManagedHere, type SignInMode } from '../sign-in-mode';

const TEXT_FIELDS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['jobTitle', 'Job title'],
  ['department', 'Department'],
  ['location', 'Location'],
] as const;
type TextField = (typeof TEXT_FIELDS)[number][0];
type FlagField = 'externalPlannerAccess' | 'externalPurchasingAccess' | 'twoFactorRequired';
type Edits = Partial<Record<TextField | 'timeZone', string>> & Partial<Record<FlagField | 'portalAccess' | 'holdInvite', boolean>>;

const KNOWN_FIELDS = [...TEXT_FIELDS.map(([field]) => field), 'username', 'timeZone'];

export interface UserProfileTabProps {
  user: UserDetail;
  signInMode: SignInMode;
  /** Fetches the latest copy of the user (after a conflict). */
  onReload: () => Promise<unknown>;
}

/**
 * Seed 000's Edit form: identity, Onboarding (Hold Invite off = release access), Access (portal
 * access, 2FA, planner and purchasing). Edits are kept over the server's values, so a reload after
 * a conflict shows the other person's changes without losing what was typed here.
 */
export function UserProfileTab({ user, signInMode, onReload }: UserProfileTabProps) {
  const [edits, setEdits] = useState<Edits>({});
  /** The version the edit started from; null: the current one. */
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const form = useSaveForm(KNOWN_FIELDS);
  const [reloading, setReloading] = useState(false);
  const [updateUser, updateState] = useMutation(UPDATE_USER_MUTATION);
  const [setPortalAccess, portalState] = useMutation(SET_PORTAL_ACCESS_MUTATION);
  const [releaseAccess, releaseState] = useMutation(RELEASE_ACCESS_MUTATION);
  const saving = updateState.loading || portalState.loading || releaseState.loading;

  const beyond = useBeyondViewer(user.id);
  const available = useUserActions(user);
  const editable = available('update').allowed;
  const identityHere = identityEditedHere(signInMode, user);
  // Releasing access emails a temporary password, which the provider's users never get.
  const passwordsHere = passwordsManagedHere(signInMode, user);
  const canRelease = available('releaseAccess').allowed && passwordsHere;

  const text = (field: TextField) => edits[field] ?? user[field] ?? '';
  const flag = (field: FlagField | 'portalAccess' | 'holdInvite') => edits[field] ?? user[field];
  const edit = (changes: Edits) => {
    if (baseVersion === null) setBaseVersion(user.version);
    form.clearSaved();
    setEdits((current) => ({ ...current, ...changes }));
  };

  const changedText = TEXT_FIELDS.map(([field]) => field).filter((field) => edits[field] !== undefined && edits[field] !== (user[field] ?? ''));
  const changedFlags = (['externalPlannerAccess', 'externalPurchasingAccess', 'twoFactorRequired'] as const).filter(
    (field) => edits[field] !== undefined && edits[field] !== user[field],
  );
  const timeZoneEdit = edits.timeZone?.trim();
  const timeZoneChanged = timeZoneEdit !== undefined && timeZoneEdit !== (user.timeZone ?? '');
  const portalChanged = edits.portalAccess !== undefined && edits.portalAccess !== user.portalAccess;
  const releasing = edits.holdInvite === false && user.holdInvite;
  const dirty = changedText.length > 0 || changedFlags.length > 0 || timeZoneChanged || portalChanged || releasing;
  const conflict = form.errors.reason === 'STALE_VERSION';

  const save = form.onSubmit(
    async () => {
      if (changedText.length > 0 || changedFlags.length > 0 || timeZoneChanged) {
        const input: UpdateUserInput = { id: user.id, version: baseVersion ?? user.version };
        for (const field of changedText) input[field] = (edits[field] ?? '').trim();
        for (const field of changedFlags) input[field] = edits[field];
        if (timeZoneChanged) input.timeZone = timeZoneEdit;
        await updateUser({ variables: { input } });
      }
      if (portalChanged && edits.portalAccess !== undefined) await setPortalAccess({ variables: { id: user.id, enabled: edits.portalAccess } });
      if (releasing) await releaseAccess({ variables: { id: user.id } });
      setEdits({});
      setBaseVersion(null);
    },
    () => (timeZoneChanged && timeZoneEdit && !isKnownTimeZone(timeZoneEdit) ? { timeZone: 'Choose a time zone from the list, or leave it empty' } : {}),
  );

  async function reload() {
    setReloading(true);
    try {
      await onReload();
      // Continue from the version just loaded; what was typed here stays in the fields.
      setBaseVersion(null);
      form.clearErrors();
    } finally {
      setReloading(false);
    }
  }

  function discard() {
    setEdits({});
    setBaseVersion(null);
    form.clearErrors();
  }

  return (
    <div className="user-profile">
      <form className="card user-profile__form" onSubmit={save} noValidate aria-label="Edit user">
        <h2 className="card__title">Details</h2>
        {!identityHere && (
          <p className="user-profile__managed" data-testid="identity-managed">
            {managedBy(signInMode)}: names and contact details come from it at each sign-in and cannot be changed here.
          </p>
        )}
        <div className="form-grid">
          <FormField label="Username" value={user.username} readOnly disabled hint="Set at creation; it cannot be changed." />
          {TEXT_FIELDS.map(([field, label]) => (
            <FormField
              key={field}
              label={label}
              type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
              autoComplete="off"
              value={text(field)}
              disabled={!editable}
              readOnly={!identityHere}
              error={form.errors.fields[field]}
              onChange={(event) => edit({ [field]: event.target.value })}
            />
          ))}
        </div>

        <div className="form-section">
          <h3 className="form-section__title">Time zone</h3>
          <TimeZoneField
            label="Own time zone"
            value={edits.timeZone ?? user.timeZone ?? ''}
            disabled={!editable}
            error={form.errors.fields.timeZone}
            placeholder="The organisation's"
            hint={`Leave empty to follow the organisation's time zone. Times for this person show in ${user.effectiveTimeZone}.`}
            onChange={(event) => edit({ timeZone: event.target.value })}
          />
        </div>

        <div className="form-section">
          <h3 className="form-section__title">Onboarding</h3>
          <Switch
            label="Hold Invite (Introduction Mode)"
            checked={flag('holdInvite')}
            disabled={!canRelease}
            onChange={(value) => edit({ holdInvite: value })}
            hint={
              releasing
                ? 'Saving releases access: a temporary password is emailed, and the first sign-in must choose a new one.'
                : !passwordsHere && user.holdInvite
                  ? `${managedBy(signInMode)}: this user signs in there, so there is no temporary password to send.`
                  : user.holdInvite
                    ? 'The account exists, but the person cannot sign in and no invite has been sent.'
                    : 'Access has been released.'
            }
          />
        </div>

        <div className="form-section">
          <h3 className="form-section__title">Access</h3>
          <Switch
            label="External Portal Access"
            checked={flag('portalAccess')}
            disabled={!editable}
            onChange={(value) => edit({ portalAccess: value })}
            hint="Off blocks only the worker portal (a holding page is shown); the account stays active."
          />
          <Switch
            label="Two-factor authentication required"
            checked={flag('twoFactorRequired')}
            disabled={!editable}
            onChange={(value) => edit({ twoFactorRequired: value })}
            hint="TOTP enrolment is required at the next sign-in."
          />
          <Switch
            label="External Planner Access"
            checked={flag('externalPlannerAccess')}
            disabled={!editable}
            onChange={(value) => edit({ externalPlannerAccess: value })}
          />
          <Switch
            label="External Purchasing Access"
            checked={flag('externalPurchasingAccess')}
            disabled={!editable}
            onChange={(value) => edit({ externalPurchasingAccess: value })}
          />
        </div>

        {conflict && (
          <Alert
            title="Someone else changed this user while you were editing"
            action={
              <Button pending={reloading} onClick={() => void reload()}>
                Reload
              </Button>
            }
          >
            Nothing was saved. Reload to see their changes; what you typed stays in the form, so you can save it again.
          </Alert>
        )}
        {form.errors.form && !conflict && <Alert title="The changes were not saved">{form.errors.form}</Alert>}
        {!editable && (
          <p className="muted user-profile__readonly">
            {!checkAction(user.state, 'update').allowed
              ? 'Deleted users cannot be edited; a super admin can restore them.'
              : beyond.length > 0
                ? `${outrankedReason(beyond, user.displayName)}, so you can view them but not edit them.`
                : 'You can view this user but not edit it.'}
          </p>
        )}
        {(editable || canRelease) && (
          <div className="form-actions">
            <Button type="submit" variant="primary" pending={saving} disabled={!dirty}>
              Save changes
            </Button>
            {dirty && (
              <Button variant="ghost" onClick={discard}>
                Discard
              </Button>
            )}
            {form.saved && <span role="status">Saved.</span>}
          </div>
        )}
      </form>

      <aside className="user-profile__side">
        <section className="card" aria-labelledby="approval-groups-title">
          <h2 className="card__title" id="approval-groups-title">
            Approval groups
          </h2>
          {user.approvalGroups.length === 0 ? (
            <p className="muted">{user.state === 'INACTIVE' ? 'None: deactivation removed the user from every group.' : 'Not a member of any approval group.'}</p>
          ) : (
            <ul className="plain-list">
              {user.approvalGroups.map((group) => (
                <li key={group.id}>
                  <Link to="/settings/approval-groups">{group.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="delegations-title">
          <h2 className="card__title" id="delegations-title">
            Holiday delegations
          </h2>
          {user.holidayDelegations.length === 0 ? (
            <p className="muted">{user.state === 'INACTIVE' ? 'None: deactivation ended every delegation.' : 'No delegation from or to this user.'}</p>
          ) : (
            <ul className="plain-list">
              {user.holidayDelegations.map((delegation) => {
                const outgoing = delegation.delegatorId === user.id;
                const otherId = outgoing ? delegation.delegateId : delegation.delegatorId;
                const other = outgoing ? delegation.delegate : delegation.delegator;
                return (
                  <li key={delegation.id}>
                    {outgoing ? 'Delegates to ' : 'Stands in for '}
                    <Link to={`/users/${otherId}`}>{other?.displayName ?? 'another user'}</Link>
                    <span className="muted">
                      {' '}
                      · {delegation.startsOn} – {delegation.endsOn}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          <p>
            <Link to="/settings/approval-groups">All groups and delegations</Link>
          </p>
        </section>
      </aside>
    </div>
  );
}
