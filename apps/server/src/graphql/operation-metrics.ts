import type { ApolloServerPlugin } from '@apollo/server';
import type { Histogram } from 'prom-client';
import type { Context } from './context.js';

/**
 * How many operation names get a series of their own. Names are the caller's choice: past this
 * many, or past MAX_NAME_LENGTH, a name is counted as "other", so nobody can grow the metrics
 * without bound. The web app names about a hundred and fifty operations.
 */
export const MAX_OPERATION_NAMES = 300;
const MAX_NAME_LENGTH = 100;
/** Series that exist whatever the callers send, outside the budget of names. */
const GROUPS = new Set(['anonymous', 'other', 'unknown']);

type Child = Histogram.Internal<'operation' | 'type'>;

/**
 * Times every GraphQL request and files it under its operation's name and type. Per request this
 * costs a start time and the hooks object; the series for a name is looked up in nested maps, so
 * no label string is built. Apollo calls every plugin's willSendResponse at once, so a mutation's
 * wait for its change notices (settle-after-mutations.ts) is not in the time.
 */
export function operationMetrics(histogram: Histogram<'operation' | 'type'>): ApolloServerPlugin<Context> {
  const byType = new Map<string, Map<string, Child>>();
  let names = 0;
  const seriesFor = (type: string, name: string): Child => {
    let byName = byType.get(type);
    if (!byName) byType.set(type, (byName = new Map()));
    let child = byName.get(name);
    if (!child) {
      if (!GROUPS.has(name)) {
        if (names >= MAX_OPERATION_NAMES || name.length > MAX_NAME_LENGTH) return seriesFor(type, 'other');
        names += 1;
      }
      child = histogram.labels(name, type);
      byName.set(name, child);
    }
    return child;
  };
  return {
    requestDidStart() {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse({ operation }) {
          // No operation: the document did not parse or validate, or named none it holds.
          const type = operation?.operation ?? 'unknown';
          const name = operation ? (operation.name?.value ?? 'anonymous') : 'unknown';
          seriesFor(type, name).observe((performance.now() - started) / 1000);
          return Promise.resolve();
        },
      });
    },
  };
}
