import { Link } from 'react-router';
import { EmptyState } from './EmptyState';

/** The catch-all route; "/" is the start page of whichever app (admin or portal) renders it. */
export function NotFound() {
  return (
    <main>
      <EmptyState title="Page not found" action={<Link to="/">Go to the start page</Link>}>
        <p>The address may be mistyped, or the page has moved.</p>
      </EmptyState>
    </main>
  );
}
