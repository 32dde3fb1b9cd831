import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable, type Column } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { MAIL_DELIVERY_QUERY, RETRY_MAIL_MUTATION, type UndeliveredMail } from '../graphql/mail-delivery.graphql';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const title = 'Mail delivery';

function RetryButton({ message, onRetried }: { message: UndeliveredMail; onRetried: (note: string) => void }) {
  const [retry, { loading }] = useMutation(RETRY_MAIL_MUTATION);
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <>
      <Button
        pending={loading}
        aria-label={`Retry now: "${message.subject}" to ${message.to}`}
        onClick={() => {
          setRefusal(null);
          retry({ variables: { id: message.id } }).then(
            () => onRetried(`"${message.subject}" to ${message.to} is queued again.`),
            (caught: unknown) => setRefusal(errorDetails(caught).message),
          );
        }}
      >
        Retry now
      </Button>
      {refusal && (
        <span className="field__error" role="alert">
          {refusal}
        </span>
      )}
    </>
  );
}

/**
 * Settings → Mail delivery: the organisation's mail that has not reached the mail server, and why.
 * Bodies are never shown: they hold temporary passwords and sign-in links for their recipients.
 */
export function MailDeliveryPage() {
  const mayRetry = useCan('tenant.settings.update');
  const { data, error, refetch, loading } = useQuery(MAIL_DELIVERY_QUERY, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [note, setNote] = useState<string | null>(null);

  const columns: Array<Column<UndeliveredMail>> = [
    { key: 'subject', header: 'Subject', isRowHeader: true, render: (message) => message.subject },
    { key: 'to', header: 'To', render: (message) => message.to },
    {
      key: 'status',
      header: 'Status',
      render: (message) => (message.status === 'FAILED' ? <Badge tone="danger">Failed</Badge> : <Badge tone="warning">Queued</Badge>),
    },
    { key: 'attempts', header: 'Attempts', align: 'end', render: (message) => message.attempts },
    {
      key: 'next',
      header: 'Next attempt',
      render: (message) => (message.nextAttemptAt ? dateTime.format(new Date(message.nextAttemptAt)) : '—'),
    },
    { key: 'error', header: 'Last error', render: (message) => <span className="mono">{message.lastError ?? '—'}</span> },
    ...(mayRetry
      ? [
          {
            key: 'actions',
            header: 'Actions',
            render: (message: UndeliveredMail) =>
              message.status === 'FAILED' ? (
                <RetryButton
                  message={message}
                  onRetried={(text) => {
                    setNote(text);
                    void refetch();
                  }}
                />
              ) : null,
          },
        ]
      : []),
  ];

  const refresh = (
    <Button pending={loading} onClick={() => void refetch()}>
      Refresh
    </Button>
  );
  const delivery = data?.mailDelivery;
  return (
    <PageLayout
      title={title}
      description="Mail to your organisation's users that the mail server has not accepted yet. Failed messages are tried no more until someone retries them."
      actions={delivery ? refresh : undefined}
    >
      {note && (
        <p className="action-row__done" role="status">
          {note}
        </p>
      )}
      {error && !delivery ? (
        <Alert title="Could not load mail delivery" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      ) : !delivery ? (
        <Loading label="Loading mail delivery…" />
      ) : !delivery.smtp ? (
        <EmptyState title="No mail server configured">
          <p>Mail stays in the development outbox and is never queued for delivery.</p>
        </EmptyState>
      ) : delivery.messages.length === 0 ? (
        <EmptyState title="Everything is delivered">
          <p>No message is waiting for the mail server.</p>
        </EmptyState>
      ) : (
        <DataTable caption="Undelivered mail, newest first" columns={columns} rows={delivery.messages} rowKey={(message) => message.id} />
      )}
    </PageLayout>
  );
}
