import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { errorDetails } from '../../../apollo';
import { useViewer } from '../../auth/viewer-context';
import { Button, type ButtonVariant } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import {
  DEACTIVATE_USER_MUTATION,
  DELETE_USER_MUTATION,
  FORCE_RESET_MUTATION,
  REACTIVATE_USER_MUTATION,
  RELEASE_ACCESS_MUTATION,
  RESET_PASSWORD_MUTATION,
  RESTORE_USER_MUTATION,
  type UserDetail,
} from '../graphql/user.graphql';
import { useUserActions } from '../hooks/use-user-actions';
import { managedBy, passwordsManagedHere, type SignInMode } from '../sign-in-mode';
import type { Availability } from '../user-actions';
import { checkAction } from '../user-state';
import { LinkCard } from './LinkCard';
import { SetPasswordDialog } from './SetPasswordDialog';

interface ActionRowProps {
  title: string;
  description: ReactNode;
  buttonLabel: string;
  variant?: ButtonVariant;
  available: Availability;
  confirmTitle: string;
  confirmBody: ReactNode;
  confirmLabel: string;
  run: () => Promise<string>;
}

/** One action: what it does, its button (or why it is unavailable), a confirmation, the outcome. */
function ActionRow({ title, description, buttonLabel, variant = 'secondary', available, confirmTitle, confirmBody, confirmLabel, run }: ActionRowProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      setDone(await run());
      setOpen(false);
    } catch (caught) {
      setError(errorDetails(caught).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <li className="action-row">
      <div className="action-row__text">
        <h3 className="action-row__title">{title}</h3>
        <p className="action-row__description">{description}</p>
        {!available.allowed && available.reason && <p className="action-row__reason">{available.reason}.</p>}
        {done && (
          <p className="action-row__done" role="status">
            {done}
          </p>
        )}
      </div>
      <Button
        variant={variant}
        disabled={!available.allowed}
        onClick={() => {
          setError(null);
          setDone(null);
          setOpen(true);
        }}
      >
        {buttonLabel}
      </Button>
      <ConfirmDialog
        open={open}
        title={confirmTitle}
        confirmLabel={confirmLabel}
        confirmVariant={variant === 'danger' ? 'danger' : 'primary'}
        pending={pending}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      >
        {confirmBody}
      </ConfirmDialog>
    </li>
  );
}

/** Seed 000 and 004 admin actions, each greyed out with the reason when the user's state forbids it. */
export function UserActionsTab({ user, signInMode }: { user: UserDetail; signInMode: SignInMode }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const available = useUserActions(user);
  const superAdminInTenant = viewer.isSuperAdmin && Boolean(viewer.tenant);
  const [settingPassword, setSettingPassword] = useState(false);
  const [passwordDone, setPasswordDone] = useState<string | null>(null);
  const variables = { id: user.id };
  const [releaseAccess] = useMutation(RELEASE_ACCESS_MUTATION);
  const [resetPassword] = useMutation(RESET_PASSWORD_MUTATION);
  const [forceReset] = useMutation(FORCE_RESET_MUTATION);
  const [deactivate] = useMutation(DEACTIVATE_USER_MUTATION);
  const [reactivate] = useMutation(REACTIVATE_USER_MUTATION);
  const [deleteUser] = useMutation(DELETE_USER_MUTATION, { refetchQueries: ['Users'] });
  const [restoreUser] = useMutation(RESTORE_USER_MUTATION, { refetchQueries: ['Users'] });

  const who = `${user.displayName} (${user.username})`;
  const passwordsHere = passwordsManagedHere(signInMode, user);
  const setPasswordAvailable = available('setPassword');
  const restoreAvailable: Availability =
    user.state !== 'DELETED'
      ? { allowed: false, reason: checkAction(user.state, 'restore').allowed ? undefined : 'Only deleted users can be restored' }
      : superAdminInTenant
        ? { allowed: true }
        : { allowed: false, reason: 'Only a platform super admin in Super Admin Active mode can restore users' };

  return (
    <div className="user-actions">
      <section className="card" aria-labelledby="lifecycle-title">
        <h2 className="card__title" id="lifecycle-title">
          Account
        </h2>
        <ul className="action-list">
          {passwordsHere && (
            <ActionRow
              title="Release access"
              description="Turns Hold Invite off: a temporary password is emailed, and the first sign-in must choose a new one."
              buttonLabel="Release access…"
              variant="primary"
              available={available('releaseAccess')}
              confirmTitle={`Release access for ${user.displayName}?`}
              confirmBody={<p>{user.email} receives a temporary password by email. It works for one sign-in.</p>}
              confirmLabel="Release access"
              run={async () => {
                await releaseAccess({ variables });
                return `Access released: a temporary password was emailed to ${user.email}.`;
              }}
            />
          )}
          {user.state === 'INACTIVE' ? (
            <ActionRow
              key="reactivate"
              title="Reactivate"
              description="The user can sign in again with their last password."
              buttonLabel="Reactivate…"
              available={available('reactivate')}
              confirmTitle={`Reactivate ${user.displayName}?`}
              confirmBody={<p>{who} can sign in again with their last password. Approval groups and delegations are not restored.</p>}
              confirmLabel="Reactivate"
              run={async () => {
                await reactivate({ variables });
                return 'The user is active again.';
              }}
            />
          ) : (
            <ActionRow
              key="deactivate"
              title="Deactivate"
              description="Stops sign-in at once and removes the user from approval groups and holiday delegations; history is kept."
              buttonLabel="Deactivate…"
              variant="danger"
              available={available('deactivate')}
              confirmTitle={`Deactivate ${user.displayName}?`}
              confirmBody={
                <>
                  <p>{who} is signed out everywhere and cannot sign in. Their history stays in place.</p>
                  {(user.approvalGroups.length > 0 || user.holidayDelegations.length > 0) && (
                    <p>
                      They leave {user.approvalGroups.length} approval {user.approvalGroups.length === 1 ? 'group' : 'groups'}
                      {user.approvalGroups.length > 0 && ` (${user.approvalGroups.map((group) => group.name).join(', ')})`} and{' '}
                      {user.holidayDelegations.length} holiday {user.holidayDelegations.length === 1 ? 'delegation' : 'delegations'}.
                    </p>
                  )}
                </>
              }
              confirmLabel="Deactivate"
              run={async () => {
                await deactivate({ variables });
                return 'The user is deactivated.';
              }}
            />
          )}
          <ActionRow
            title="Delete"
            description="A soft delete: the account is hidden, sign-in is blocked, and history stays attached to records."
            buttonLabel="Delete…"
            variant="danger"
            available={available('delete')}
            confirmTitle={`Delete ${user.displayName}?`}
            confirmBody={<p>{who} is hidden from your organisation and cannot sign in. Only a platform super admin can restore the account.</p>}
            confirmLabel="Delete user"
            run={async () => {
              await deleteUser({ variables });
              if (!superAdminInTenant) void navigate('/users', { replace: true });
              return 'The user is deleted.';
            }}
          />
          {(superAdminInTenant || user.state === 'DELETED') && (
            <ActionRow
              title="Restore"
              description="Brings a deleted user back as active."
              buttonLabel="Restore…"
              available={restoreAvailable}
              confirmTitle={`Restore ${user.displayName}?`}
              confirmBody={<p>{who} becomes active again and can be edited or deactivated normally.</p>}
              confirmLabel="Restore"
              run={async () => {
                await restoreUser({ variables });
                return 'The user is restored and active.';
              }}
            />
          )}
        </ul>
      </section>

      {passwordsHere && (
        <section className="card" aria-labelledby="passwords-title">
          <h2 className="card__title" id="passwords-title">
            Password
          </h2>
          <ul className="action-list">
            <ActionRow
              title="Reset password"
              description="Generates a temporary password and emails it; the next sign-in must choose a new one."
              buttonLabel="Reset password…"
              available={available('resetPassword')}
              confirmTitle={`Reset the password of ${user.displayName}?`}
              confirmBody={<p>The current password stops working. A temporary password is emailed to {user.email}.</p>}
              confirmLabel="Reset password"
              run={async () => {
                await resetPassword({ variables });
                return `A temporary password was emailed to ${user.email}.`;
              }}
            />
            <li className="action-row">
              <div className="action-row__text">
                <h3 className="action-row__title">Set password</h3>
                <p className="action-row__description">Choose the password yourself (typed twice), for example on the phone with the user.</p>
                {!setPasswordAvailable.allowed && <p className="action-row__reason">{setPasswordAvailable.reason}.</p>}
                {passwordDone && (
                  <p className="action-row__done" role="status">
                    {passwordDone}
                  </p>
                )}
              </div>
              <Button
                disabled={!setPasswordAvailable.allowed}
                onClick={() => {
                  setPasswordDone(null);
                  setSettingPassword(true);
                }}
              >
                Set password…
              </Button>
            </li>
            <ActionRow
              title="Force reset"
              description="The next sign-in must choose a new password before anything else."
              buttonLabel="Force reset…"
              available={available('forceReset')}
              confirmTitle={`Force a password reset for ${user.displayName}?`}
              confirmBody={<p>The current password still works once; right after signing in, {user.displayName} must choose a new one.</p>}
              confirmLabel="Force reset"
              run={async () => {
                await forceReset({ variables });
                return 'A new password will be required at the next sign-in.';
              }}
            />
          </ul>
        </section>
      )}

      {passwordsHere && (
        <section className="card" aria-labelledby="links-title">
          <h2 className="card__title" id="links-title">
            Links
          </h2>
          <p className="card__lead">Single-use links the person opens to choose a password. Creating one revokes the previous one.</p>
          <div className="link-cards">
            <LinkCard user={user} kind="ACTIVATION" available={available('sendActivationLink')} />
            <LinkCard
              user={user}
              kind="PASSWORD_RESET"
              available={available('sendResetLink')}
            />
          </div>
        </section>
      )}
      {!passwordsHere && (
        <p className="user-profile__managed" data-testid="passwords-managed">
          {managedBy(signInMode)}: {user.displayName} signs in there, so there are no passwords or password links to manage here.
        </p>
      )}
      {settingPassword && (
        <SetPasswordDialog
          user={user}
          onClose={() => setSettingPassword(false)}
          onDone={() => {
            setSettingPassword(false);
            setPasswordDone('The new password is set.');
          }}
        />
      )}
    </div>
  );
}
