import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DataTable, type Column } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { CREATE_API_TOKEN_MUTATION, MY_API_TOKENS_QUERY, REGENERATE_API_TOKEN_MUTATION, REVOKE_API_TOKEN_MUTATION, type MyApiToken } from '../graphql/account.graphql';
import { CreateApiTokenDialog, type ApiTokenRequest } from './CreateApiTokenDialog';
import { IssuedSecretDialog, type IssuedSecret } from './IssuedSecretDialog';
import './account.css';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

type Pending = { kind: 'regenerate' | 'revoke'; token: MyApiToken };

/**
 * `/account/api-tokens`: personal tokens for scripts, acting as you with your current permissions.
 * A secret is shown once (on create and on regenerate), then only its prefix.
 */
export function ApiTokensPage() {
  const { data, error, refetch } = useQuery(MY_API_TOKENS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [regenerate, regenerateState] = useMutation(REGENERATE_API_TOKEN_MUTATION);
  const [revoke, revokeState] = useMutation(REVOKE_API_TOKEN_MUTATION, { refetchQueries: [MY_API_TOKENS_QUERY], awaitRefetchQueries: true });
  const [create, createState] = useMutation(CREATE_API_TOKEN_MUTATION, { refetchQueries: [MY_API_TOKENS_QUERY], awaitRefetchQueries: true });
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const tokens = data?.myApiTokens ?? [];

  async function issue(request: ApiTokenRequest): Promise<IssuedSecret> {
    const { data } = await create({ variables: request });
    if (!data) throw new Error('The server did not return the new token.');
    return { tokenName: data.createApiToken.apiToken.name, secret: data.createApiToken.secret, regenerated: false };
  }

  function ask(kind: Pending['kind'], token: MyApiToken) {
    setConfirmError(null);
    setNotice(null);
    setConfirming({ kind, token });
  }

  async function confirm() {
    if (!confirming) return;
    const { kind, token } = confirming;
    try {
      if (kind === 'regenerate') {
        const result = await regenerate({ variables: { id: token.id } });
        const secret = result.data?.regenerateApiToken.secret;
        if (!secret) throw new Error('The server did not return the new secret.');
        setConfirming(null);
        setIssued({ tokenName: token.name, secret, regenerated: true });
      } else {
        await revoke({ variables: { id: token.id } });
        setConfirming(null);
        setNotice(`“${token.name}” is revoked; requests with it are refused from now on.`);
      }
    } catch (caught) {
      setConfirmError(errorDetails(caught).message);
    }
  }

  const columns: Array<Column<MyApiToken>> = [
    { key: 'name', header: 'Name', isRowHeader: true, render: (token) => token.name },
    { key: 'prefix', header: 'Starts with', render: (token) => <span className="mono">{token.prefix}…</span> },
    { key: 'created', header: 'Created', render: (token) => day.format(new Date(token.createdAt)) },
    { key: 'expires', header: 'Expires', render: (token) => (token.expiresAt ? day.format(new Date(token.expiresAt)) : 'Never') },
    {
      key: 'lastUsed',
      header: 'Last used',
      render: (token) => (token.lastUsedAt ? dateTime.format(new Date(token.lastUsedAt)) : <span className="muted">Never</span>),
    },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      render: (token) => (
        <span className="account-row-actions">
          <Button variant="ghost" aria-label={`Regenerate ${token.name}`} onClick={() => ask('regenerate', token)}>
            Regenerate
          </Button>
          <Button variant="ghost" aria-label={`Revoke ${token.name}`} onClick={() => ask('revoke', token)}>
            Revoke
          </Button>
        </span>
      ),
    },
  ];

  const createButton = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      Create token
    </Button>
  );

  return (
    <PageLayout
      title="API tokens"
      description="Personal tokens let scripts and tools call the Access API as you, with your current permissions. Treat them like passwords."
      actions={tokens.length > 0 && createButton}
    >
      {error && (
        <Alert title="Could not load your API tokens" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {notice && <Alert tone="info">{notice}</Alert>}
      {!data && !error && <Loading label="Loading your API tokens…" />}
      {data && tokens.length === 0 && (
        <EmptyState title="No API tokens yet" action={createButton}>
          <p>Create one for a script or tool; its secret is shown once.</p>
        </EmptyState>
      )}
      {tokens.length > 0 && <DataTable caption="Your API tokens" columns={columns} rows={tokens} rowKey={(token) => token.id} />}

      <CreateApiTokenDialog open={creating} pending={createState.loading} issue={issue} onClose={() => setCreating(false)} onCreated={setIssued} />
      <IssuedSecretDialog issued={issued} onClose={() => setIssued(null)} />
      <ConfirmDialog
        open={confirming?.kind === 'regenerate'}
        title={`Regenerate “${confirming?.token.name ?? ''}”?`}
        confirmLabel="Regenerate secret"
        pending={regenerateState.loading}
        error={confirmError}
        onClose={() => setConfirming(null)}
        onConfirm={() => void confirm()}
      >
        <p>The current secret stops working at once. Anything that uses it is refused until you give it the new secret, which is shown once.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming?.kind === 'revoke'}
        title={`Revoke “${confirming?.token.name ?? ''}”?`}
        confirmLabel="Revoke token"
        confirmVariant="danger"
        pending={revokeState.loading}
        error={confirmError}
        onClose={() => setConfirming(null)}
        onConfirm={() => void confirm()}
      >
        <p>Requests with this token are refused from now on. This cannot be undone; create a new token if you need one again.</p>
      </ConfirmDialog>
    </PageLayout>
  );
}
