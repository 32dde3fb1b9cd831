import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';

/**
 * A mutation's answer leaves only once its change notices are in: the caller's next request,
 * which may come before a notice would otherwise arrive, already sees what the mutation changed
 * (a signed-out session, a deactivated user) rather than a principal cached before it.
 */
export function settleAfterMutations(settle: () => Promise<void>): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') await settle();
        },
      });
    },
  };
}
