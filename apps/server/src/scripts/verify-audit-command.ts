import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { openSigningKeys } from '../modules/auth/open-signing-keys.js';
import { loadSecretBox } from '../modules/secrets/secret-box.js';
import { UnknownTenantError, verifyAudit } from '../modules/audit/chain/verify-audit.js';

const USAGE = 'Usage: verify-audit [--tenant <slug>]';

export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Walks the audit chains and reports the first edited, removed, inserted, reordered or rewritten
 * entry of each. Returns the exit code: 0 intact, 1 a chain is broken, 2 the command was misused.
 * On embedded PGlite, stop the server first: one process at a time can open its data directory.
 */
export async function runVerifyAuditCommand(args: string[], env: NodeJS.ProcessEnv, output: CommandOutput): Promise<number> {
  let tenant: string | undefined;
  try {
    tenant = parseArgs({ args, options: { tenant: { type: 'string' } } }).values.tenant;
  } catch (error) {
    output.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfig(env);
  // Read only: no migrations, so a database is checked as it was found.
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  try {
    const secrets = await loadSecretBox(config.dataDir, config.secretsKey);
    const keys = await openSigningKeys(dataSource, secrets, config, { warn: (_details, message) => output.err(message) }, { follow: false });
    const result = await verifyAudit(dataSource, keys, { tenantSlug: tenant });
    for (const line of result.lines) output.out(line);
    return result.intact ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UnknownTenantError)) throw error;
    output.err(error.message);
    return 2;
  } finally {
    await dataSource.destroy();
  }
}
