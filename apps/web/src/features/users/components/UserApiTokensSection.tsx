import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { CreateApiTokenDialog, type ApiTokenRequest } from '../../account/components/CreateApiTokenDialog';
import { IssuedSecretDialog, type IssuedSecret } from '../../account/components/IssuedSecretDialog';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Loading } from '../../../ui/Loading';
import type { UserDetail } from '../graphql/user.graphql';
import { CREATE_USER_API_TOKEN_MUTATION, REVOKE_USER_API_TOKEN_MUTATION, USER_API_TOKENS_QUERY, type UserApiToken } from '../graphql/user-security.graphql';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A user's API tokens for an administrator who may manage them (seed 004): list, create, revoke. */
export function UserApiTokensSection({ user }: { user: UserDetail }) {
  const variables = { userId: user.id };
  const { data, error, refetch } = useQuery(USER_API_TOKENS_QUERY, { variables, fetchPolicy: 'cache-and-network' });
  const [revoke, { loading: revoking }] = useMutation(REVOKE_USER_API_TOKEN_MUTATION, {
    refetchQueries: [{ query: USER_API_TOKENS_QUERY, variables }],
    awaitRefetchQueries: true,
  });
  const [create, { loading: issuing }] = useMutation(CREATE_USER_API_TOKEN_MUTATION, {
    refetchQueries: [{ query: USER_API_TOKENS_QUERY, variables }],
    awaitRefetchQueries: true,
  });
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const [revokingToken, setRevoking] = useState<UserApiToken | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const tokens = data?.userApiTokens ?? [];

  async function issue(request: ApiTokenRequest): Promise<IssuedSecret> {
    const { data } = await create({ variables: { userId: user.id, ...request } });
    if (!data) throw new Error('The server did not return the new token.');
    return { tokenName: data.createUserApiToken.apiToken.name, secret: data.createUserApiToken.secret, regenerated: false };
  }

  async function confirmRevoke(token: UserApiToken) {
    setRefusal(null);
    try {
      await revoke({ variables: { userId: user.id, id: token.id } });
      setRevoking(null);
    } catch (caught) {
      setRefusal(errorDetails(caught).message);
    }
  }

  const columns: Array<Column<UserApiToken>> = [
    { key: 'name', header: 'Name', isRowHeader: true, render: (token) => token.name },
    { key: 'prefix', header: 'Starts with', render: (token) => <span className="mono">{token.prefix}…</span> },
    { key: 'created', header: 'Created', render: (token) => day.format(new Date(token.createdAt)) },
    {
      key: 'lastUsed',
      header: 'Last used',
      render: (token) => (token.lastUsedAt ? dateTime.format(new Date(token.lastUsedAt)) : <span className="muted">Never</span>),
    },
    { key: 'expires', header: 'Expires', render: (token) => (token.expiresAt ? day.format(new Date(token.expiresAt)) : 'Never') },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      render: (token) => (
        <Button
          variant="ghost"
          aria-label={`Revoke ${token.name}`}
          onClick={() => {
            setRefusal(null);
            setRevoking(token);
          }}
        >
          Revoke
        </Button>
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby="user-tokens-title">
      <h2 className="card__title" id="user-tokens-title">
        API tokens
      </h2>
      <div className="action-row">
        <p className="action-row__description">Tokens let scripts call the Access API as {user.displayName}. Only their start is kept readable here.</p>
        <Button variant="secondary" onClick={() => setCreating(true)}>
          Create token…
        </Button>
      </div>
      {error && (
        <Alert title="Could not load the API tokens" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!data && !error && <Loading label="Loading API tokens…" />}
      {data &&
        (tokens.length > 0 ? (
          <DataTable caption={`API tokens of ${user.displayName}`} columns={columns} rows={tokens} rowKey={(token) => token.id} />
        ) : (
          <p className="muted">No API tokens.</p>
        ))}
      <CreateApiTokenDialog
        owner={user.displayName}
        pending={issuing}
        issue={issue}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={setIssued}
      />
      <IssuedSecretDialog issued={issued} owner={user.displayName} onClose={() => setIssued(null)} />
      <ConfirmDialog
        open={revokingToken !== null}
        title={`Revoke “${revokingToken?.name ?? ''}”?`}
        confirmLabel="Revoke token"
        confirmVariant="danger"
        pending={revoking}
        error={refusal}
        onConfirm={() => revokingToken && void confirmRevoke(revokingToken)}
        onClose={() => setRevoking(null)}
      >
        <p>Programs using this token of {user.displayName} are refused from their next request. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
