import type { ApolloCache } from '@apollo/client';
import { WORKER_PROFILE_QUERY, type WorkerProfile } from '../graphql/worker-profile.graphql';

/**
 * A WorkerProfile has no id, so Apollo cannot match a mutation's answer to the page's query by
 * itself: write the returned profile over the cached one (the page re-renders, no refetch).
 */
export function writeProfile(cache: ApolloCache, userId: string, profile: WorkerProfile | undefined): void {
  if (profile) cache.writeQuery({ query: WORKER_PROFILE_QUERY, variables: { userId }, data: { workerProfile: profile } });
}
