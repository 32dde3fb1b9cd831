import { graphql } from '../../../gql';
import type { DevOutboxQuery } from '../../../gql/graphql';

export type OutboxMessage = DevOutboxQuery['devOutbox'][number];

export const DEV_OUTBOX_QUERY = graphql(`
  query DevOutbox($limit: Int!) {
    devOutbox(limit: $limit) {
      id
      to
      subject
      text
      createdAt
    }
  }
`);

/** The user menu's probe: one message is enough to know the outbox answers. */
export const DEV_OUTBOX_PROBE_QUERY = graphql(`
  query DevOutboxProbe {
    devOutbox(limit: 1) {
      id
    }
  }
`);
