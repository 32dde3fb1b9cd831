import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { session } from '../../auth/session.store';
import { DEV_OUTBOX_QUERY, type OutboxMessage } from '../graphql/outbox.graphql';
import './outbox.css';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const LIMIT = 100;

function Frame({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.title = 'Dev outbox · Access';
  }, []);
  return (
    <div className="outbox-page">
      <header className="outbox-page__header">
        <div>
          <p className="outbox-page__eyebrow">
            <Link to="/">← Access</Link>
          </p>
          <h1 className="page__title">Dev outbox</h1>
          <p className="page__description">
            Mail the server would have sent. Development only: without SMTP, temporary passwords and links land here.
          </p>
        </div>
      </header>
      {children}
    </div>
  );
}

function Outbox() {
  const { data, error, refetch, loading } = useQuery(DEV_OUTBOX_QUERY, {
    variables: { limit: LIMIT },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const messages = data?.devOutbox ?? [];
  const selected: OutboxMessage | undefined = messages.find((message) => message.id === selectedId) ?? messages[0];

  if (error && !data) {
    const details = errorDetails(error);
    if (details.code === 'FORBIDDEN' && details.extensions.permission) {
      return (
        <EmptyState title="The outbox is not open to you">
          <p>{details.message}.</p>
          <p>It holds temporary passwords and sign-in links, so only people who may set users' passwords can read it.</p>
        </EmptyState>
      );
    }
    return details.code === 'FORBIDDEN' ? (
      <EmptyState title="The outbox is not available here">
        <p>{details.message}.</p>
        <p>Real mail is delivered (SMTP is configured), or this is a production server.</p>
      </EmptyState>
    ) : (
      <Alert title="Could not load the outbox" action={<Button onClick={() => void refetch()}>Try again</Button>}>
        {details.message}
      </Alert>
    );
  }
  if (!data) return <Loading label="Loading the outbox…" />;
  if (messages.length === 0) {
    return (
      <EmptyState title="No mail yet" action={<Button onClick={() => void refetch()}>Refresh</Button>}>
        <p>Release access or reset a password, and the message appears here.</p>
      </EmptyState>
    );
  }
  return (
    <div className="outbox">
      <div className="outbox__list-wrap">
        <div className="outbox__toolbar">
          <span className="muted">
            {messages.length} {messages.length === 1 ? 'message' : 'messages'}, newest first
          </span>
          <Button pending={loading} onClick={() => void refetch()}>
            Refresh
          </Button>
        </div>
        <ul className="outbox__list" aria-label="Messages">
          {messages.map((message) => (
            <li key={message.id}>
              <button
                type="button"
                className={message.id === selected?.id ? 'outbox__item outbox__item--selected' : 'outbox__item'}
                aria-current={message.id === selected?.id ? 'true' : undefined}
                onClick={() => setSelectedId(message.id)}
              >
                <span className="outbox__subject">{message.subject}</span>
                <span className="outbox__meta">
                  <span>{message.to}</span>
                  <time dateTime={message.createdAt}>{dateTime.format(new Date(message.createdAt))}</time>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {selected && (
        <article className="outbox__message" aria-labelledby="outbox-subject">
          <h2 className="outbox__message-subject" id="outbox-subject">
            {selected.subject}
          </h2>
          <dl className="outbox__headers">
            <div>
              <dt>To</dt>
              <dd>{selected.to}</dd>
            </div>
            <div>
              <dt>Sent</dt>
              <dd>
                <time dateTime={selected.createdAt}>{dateTime.format(new Date(selected.createdAt))}</time>
              </dd>
            </div>
          </dl>
          <pre className="outbox__text" data-testid="outbox-text">
            {selected.text}
          </pre>
        </article>
      )}
    </div>
  );
}

/** /dev/outbox: outside the admin shell, but the query still needs someone signed in. */
export function DevOutboxPage() {
  const signedIn = Boolean(session.getAccessToken());
  return (
    <Frame>
      {signedIn ? (
        <Outbox />
      ) : (
        <EmptyState title="Sign in to read the outbox" action={<Link to="/login?next=%2Fdev%2Foutbox">Sign in</Link>}>
          <p>The development outbox holds temporary passwords, so it is only shown to someone signed in.</p>
        </EmptyState>
      )}
    </Frame>
  );
}
