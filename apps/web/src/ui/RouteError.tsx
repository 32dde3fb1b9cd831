import { useRouteError } from 'react-router';
import { Alert } from './Alert';
import { Button } from './Button';

/** A route tree's error boundary (admin app and worker portal). */
export function RouteError() {
  const error = useRouteError();
  // Most often a lazy chunk that disappeared after a new deployment: a reload fixes it.
  const message = error instanceof Error ? error.message : 'Unexpected error';
  return (
    <main className="center-message">
      <Alert
        title="Something went wrong"
        action={<Button onClick={() => window.location.reload()}>Reload</Button>}
      >
        {message}
      </Alert>
    </main>
  );
}
