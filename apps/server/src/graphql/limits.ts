import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Lexical tokens one GraphQL document may hold. */
export const MAX_TOKENS = 3000;

/**
 * Characters one GraphQL document may hold. Comments and string literals are not tokens, so the
 * token limit alone lets a document fill the whole 8 MB body; the largest the SPA or GraphiQL's
 * introspection sends is a few kilobytes. Values belong in variables, which have their own limits.
 */
export const MAX_DOCUMENT_CHARACTERS = 100_000;

/**
 * Static limits on what one request may ask for: depth, cost, aliases, directives, tokens; and no
 * batched HTTP requests. One request therefore cannot try many passwords or fetch the world.
 */
export function requestLimits(options: { blockFieldSuggestions: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 10 },
    maxDirectives: { n: 20 },
    // graphql-armor counts tokens in an Apollo hook whose failure Apollo takes for a crash (HTTP 500),
    // and its plugin then exposes any unexpected error's message as a validation failure. The parser's
    // own limit fails like any syntax error: HTTP 400, GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20000 },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: MAX_TOKENS } };
}
