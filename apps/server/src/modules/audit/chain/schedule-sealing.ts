import type { DataSource } from 'typeorm';
import { runPeriodically } from '../../../kernel/periodic-task.js';
import type { Logger } from '../../../logger.js';
import type { SigningKeys } from '../../auth/signing-keys.js';
import { sealAuditChains } from './seal-audit-chains.js';

/**
 * Seals every chain that grew, every `intervalSeconds`. A chain that no longer verifies is not
 * sealed and is logged as an error each pass, until someone looks (verify-audit says where).
 */
export function scheduleAuditSealing(dataSource: DataSource, keys: SigningKeys, intervalSeconds: number, logger: Logger): { stop(): void } {
  return runPeriodically(
    intervalSeconds,
    async () => {
      for (const outcome of await sealAuditChains(dataSource, keys, new Date())) {
        if (outcome.problems.length > 0) {
          logger.error({ chainId: outcome.chainId, problems: outcome.problems.slice(0, 5) }, 'audit chain does not verify: not sealed');
        }
      }
    },
    (error) => logger.error({ err: error }, 'audit chain sealing failed'),
  );
}
