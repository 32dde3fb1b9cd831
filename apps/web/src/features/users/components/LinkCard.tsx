import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { errorDetails } from '../../../apollo';
import type { UserLinkKind, UserLinkStatus } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Badge, type BadgeTone } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import {
  CREATE_ACTIVATION_LINK_MUTATION,
  CREATE_RESET_LINK_MUTATION,
  REVOKE_ACTIVATION_LINKS_MUTATION,
  REVOKE_RESET_LINKS_MUTATION,
  type UserDetail,
} from '../graphql/user.graphql';
import type { Availability } from '../user-actions';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const at = (iso: string) => <time dateTime={iso}>{dateTime.format(new Date(iso))}</time>;

const STATUS: Record<UserLinkStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: 'Pending', tone: 'neutral' },
  USED: { label: 'Used', tone: 'success' },
  EXPIRED: { label: 'Expired', tone: 'muted' },
  REVOKED: { label: 'Revoked', tone: 'muted' },
};

const TEXT: Record<UserLinkKind, { title: string; create: string; revoke: string; purpose: string }> = {
  ACTIVATION: {
    title: 'Activation link',
    create: 'Create activation link',
    revoke: 'Revoke activation link',
    purpose: 'opens a page where the person chooses their first password',
  },
  PASSWORD_RESET: {
    title: 'Password reset link',
    create: 'Create reset link',
    revoke: 'Revoke reset link',
    purpose: 'opens a page where the person chooses a new password',
  },
};

/** Seed 004 "Manage tokens": create (URL shown once, with Copy), revoke, and the latest link's fate. */
export function LinkCard({ user, kind, available }: { user: UserDetail; kind: UserLinkKind; available: Availability }) {
  const urlId = useId();
  const text = TEXT[kind];
  // Null when the viewer may not see link status (the API guards the field).
  const latest = user.links?.find((link) => link.kind === kind) ?? null;
  const [issued, setIssued] = useState<{ url: string; expiresAt: string; emailed: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmingRevoke, setConfirmingRevoke] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const options = { refetchQueries: ['User'], awaitRefetchQueries: true };
  const [createActivation, activationState] = useMutation(CREATE_ACTIVATION_LINK_MUTATION, options);
  const [createReset, resetState] = useMutation(CREATE_RESET_LINK_MUTATION, options);
  const [revokeActivation, revokeActivationState] = useMutation(REVOKE_ACTIVATION_LINKS_MUTATION, options);
  const [revokeReset, revokeResetState] = useMutation(REVOKE_RESET_LINKS_MUTATION, options);
  const creating = activationState.loading || resetState.loading;
  const revoking = revokeActivationState.loading || revokeResetState.loading;

  async function create() {
    setError(null);
    setCopied(false);
    try {
      const variables = { userId: user.id };
      const link =
        kind === 'ACTIVATION'
          ? (await createActivation({ variables })).data?.createActivationLink
          : (await createReset({ variables })).data?.createPasswordResetLink;
      setIssued(link ?? null);
      setConfirming(false);
    } catch (caught) {
      setError(errorDetails(caught).message);
    }
  }

  async function revoke() {
    setError(null);
    try {
      const variables = { userId: user.id };
      if (kind === 'ACTIVATION') await revokeActivation({ variables });
      else await revokeReset({ variables });
      setIssued(null);
      setConfirmingRevoke(false);
    } catch (caught) {
      setError(errorDetails(caught).message);
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): select the text instead.
      const input = document.getElementById(urlId);
      if (input instanceof HTMLInputElement) input.select();
    }
  }

  const status = latest ? STATUS[latest.status] : null;

  return (
    <div className="link-card" data-testid={`link-card-${kind.toLowerCase()}`}>
      <div className="link-card__head">
        <h3 className="link-card__title">{text.title}</h3>
        {status && (
          <Badge tone={status.tone}>
            <span data-testid="link-status">{status.label}</span>
          </Badge>
        )}
      </div>
      <p className="link-card__facts">
        {latest ? (
          <>
            Last sent {at(latest.createdAt)}
            {latest.status === 'USED' && latest.usedAt && <>; used {at(latest.usedAt)}</>}
            {latest.status === 'REVOKED' && latest.revokedAt && <>; revoked {at(latest.revokedAt)}</>}
            {latest.status === 'PENDING' && <>; expires {at(latest.expiresAt)}</>}
            {latest.status === 'EXPIRED' && <>; expired {at(latest.expiresAt)}</>}.
          </>
        ) : (
          <>No link sent yet. The link {text.purpose}.</>
        )}
      </p>
      {issued && (
        <div className="stack">
          <label className="field__label" htmlFor={urlId}>
            New link — shown only once{issued.emailed ? ' (also emailed to the user)' : ''}
          </label>
          <div className="link-card__url">
            <input id={urlId} readOnly value={issued.url} onFocus={(event) => event.target.select()} />
            <Button onClick={() => void copy(issued.url)}>{copied ? 'Copied' : 'Copy'}</Button>
          </div>
        </div>
      )}
      {!available.allowed && available.reason && <p className="action-row__reason">{available.reason}.</p>}
      {error && <Alert>{error}</Alert>}
      <div className="link-card__buttons">
        <Button disabled={!available.allowed} onClick={() => setConfirming(true)}>
          {text.create}
        </Button>
        <Button variant="ghost" pending={revoking} disabled={latest?.status !== 'PENDING'} onClick={() => setConfirmingRevoke(true)}>
          {text.revoke}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`${text.create} for ${user.displayName}?`}
        confirmLabel="Create link"
        pending={creating}
        error={error}
        onConfirm={() => void create()}
        onClose={() => setConfirming(false)}
      >
        <p>
          A single-use link is emailed to {user.email} and shown here once. {latest?.status === 'PENDING' ? 'The pending link stops working.' : ''}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmingRevoke}
        title={`${text.revoke} of ${user.displayName}?`}
        confirmLabel="Revoke link"
        pending={revoking}
        error={error}
        onConfirm={() => void revoke()}
        onClose={() => setConfirmingRevoke(false)}
      >
        <p>The link sent to {user.email} stops working at once. You can send a new one afterwards.</p>
      </ConfirmDialog>
    </div>
  );
}
