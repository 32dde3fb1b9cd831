import { errorDetails } from '../../apollo';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { portalRefusalOf } from './portal-access';

interface Props {
  error?: unknown;
  onRetry: () => void;
  label?: string;
}

/** What a page shows before its data is there: loading, or why it failed with a way to retry. */
export function QueryStatus({ error, onRetry, label }: Props) {
  // The shell replaces the page with the holding page for these; no second message here.
  if (error && portalRefusalOf(error)) return null;
  if (error) {
    return (
      <Alert title="This page could not load" action={<Button onClick={onRetry}>Try again</Button>}>
        {errorDetails(error).message}
      </Alert>
    );
  }
  return <Loading label={label} />;
}
