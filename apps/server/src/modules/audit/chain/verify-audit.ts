import type { DataSource } from 'typeorm';
import type { SigningKeys } from '../../auth/signing-keys.js';
import { chainIdOf, PLATFORM_CHAIN_ID, readChainIds } from './chain-store.js';
import { verifyAuditChain, type ChainReport } from './verify-audit-chain.js';
import type { ChainProblem } from './verify-chain.js';

export interface VerifyAuditOptions {
  /** One tenant's chain, by slug; every chain when absent. */
  tenantSlug?: string;
}

export interface VerifyAuditResult {
  intact: boolean;
  reports: Array<ChainReport & { name: string }>;
  lines: string[];
}

export class UnknownTenantError extends Error {}

const PROBLEMS_LISTED = 20;

/** Walks the chosen chains and says, for each, whether it holds and otherwise what broke first. */
export async function verifyAudit(dataSource: DataSource, keys: SigningKeys, options: VerifyAuditOptions): Promise<VerifyAuditResult> {
  const names = await chainNames(dataSource);
  let chainIds: string[];
  if (options.tenantSlug) {
    const id = [...names].find(([, name]) => name === `tenant ${options.tenantSlug}`)?.[0];
    if (!id) throw new UnknownTenantError(`No tenant has the slug "${options.tenantSlug}".`);
    chainIds = [id];
  } else {
    chainIds = await readChainIds(dataSource.manager);
  }

  const reports: VerifyAuditResult['reports'] = [];
  const lines: string[] = [];
  for (const chainId of chainIds) {
    const report = { ...(await verifyAuditChain(dataSource.manager, keys, chainId)), name: names.get(chainId) ?? `chain ${chainId}` };
    reports.push(report);
    const unknown = report.sealsWithUnknownKey ? `, ${report.sealsWithUnknownKey} signed by keys no longer held` : '';
    const summary = `${report.name}: ${report.entries} entries, ${report.seals} seals${unknown}`;
    if (report.problems.length === 0) {
      lines.push(`${summary}: intact${report.lastOccurredAt ? ` up to ${report.lastOccurredAt.toISOString()}` : ''}`);
      continue;
    }
    lines.push(`${summary}: BROKEN, ${report.problems.length} problem(s); first: ${describe(report.problems[0]!)}`);
    for (const problem of report.problems.slice(1, PROBLEMS_LISTED)) lines.push(`  then: ${describe(problem)}`);
    if (report.problems.length > PROBLEMS_LISTED) lines.push(`  and ${report.problems.length - PROBLEMS_LISTED} more`);
  }
  return { intact: reports.every((report) => report.problems.length === 0), reports, lines };
}

function describe(problem: ChainProblem): string {
  const where = problem.position === null ? 'outside the chain' : `at position ${problem.position}`;
  const entry = problem.entryId ? ` (entry ${problem.entryId})` : '';
  return `${problem.kind} ${where}${entry}: ${problem.detail}`;
}

async function chainNames(dataSource: DataSource): Promise<Map<string, string>> {
  const tenants = (await dataSource.query('SELECT id, slug FROM tenant')) as Array<{ id: string; slug: string }>;
  return new Map([[PLATFORM_CHAIN_ID, 'platform'], ...tenants.map((tenant): [string, string] => [chainIdOf(tenant.id), `tenant ${tenant.slug}`])]);
}
