import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Static limits on what one request may ask for: depth, cost, aliases, directives, tokens; and no
 * batched HTTP requests. One request therefore cannot try many passwords or fetch the world.
 */
export function requestLimits(options: { blockFieldSuggestions: boolean }) {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 10 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 3000 },
    costLimit: { maxCost: 20000 },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }).protect();
}
