/** Makes the embedded database's data directory from the committed template if it has none yet (as `pnpm start` does). */
export function prepareEmbeddedDatabase(env?: NodeJS.ProcessEnv): Promise<void>;
