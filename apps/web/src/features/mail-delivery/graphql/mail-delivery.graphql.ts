import { graphql } from '../../../gql';
import type { MailDeliveryQuery } from '../../../gql/graphql';

export type UndeliveredMail = MailDeliveryQuery['mailDelivery']['messages'][number];

export const MAIL_DELIVERY_QUERY = graphql(`
  query MailDelivery {
    mailDelivery(limit: 100) {
      smtp
      messages {
        id
        to
        subject
        status
        attempts
        nextAttemptAt
        lastError
        createdAt
      }
    }
  }
`);

export const RETRY_MAIL_MUTATION = graphql(`
  mutation RetryMail($id: ID!) {
    retryMail(id: $id) {
      id
      status
      attempts
      nextAttemptAt
      lastError
    }
  }
`);
