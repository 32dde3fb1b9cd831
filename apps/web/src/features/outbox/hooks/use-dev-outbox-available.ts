import { useQuery } from '@apollo/client/react';
import { DEV_OUTBOX_PROBE_QUERY } from '../graphql/outbox.graphql';

/**
 * Whether the development outbox answers for the signed-in viewer. It is refused (FORBIDDEN) when
 * mail goes out over SMTP or in production; then the menu simply does not offer it.
 */
export function useDevOutboxAvailable(): boolean {
  const { data } = useQuery(DEV_OUTBOX_PROBE_QUERY, { fetchPolicy: 'cache-first', errorPolicy: 'all' });
  return Boolean(data?.devOutbox);
}
