import type { DataSource } from 'typeorm';
import type { SigningKeys } from '../../auth/signing-keys.js';
import { readHead, readLatestSeal, readLinks } from './chain-store.js';
import { checkSeal, signSeal } from './seal-signature.js';
import { ChainWalk, GENESIS_HASH, type ChainProblem } from './verify-chain.js';

export interface SealOutcome {
  chainId: string;
  sealedPosition: bigint | null;
  /** Set when the part since the last seal did not verify: nothing is sealed over a broken chain. */
  problems: ChainProblem[];
}

const BATCH = 5_000;

/**
 * Verifies what each chain gained since its last seal and, when it holds, signs a new seal at its
 * end. Only the new part is read, so the cost follows the write rate, not the history's size.
 */
export async function sealAuditChains(dataSource: DataSource, keys: SigningKeys, now: Date, onlyChainId?: string): Promise<SealOutcome[]> {
  const chainIds = onlyChainId
    ? [onlyChainId]
    : ((await dataSource.query('SELECT chain_id FROM audit_chain_head ORDER BY chain_id')) as Array<{ chain_id: string }>).map((row) => row.chain_id);
  const outcomes: SealOutcome[] = [];
  for (const chainId of chainIds) outcomes.push(await sealChain(dataSource, keys, chainId, now));
  return outcomes;
}

async function sealChain(dataSource: DataSource, keys: SigningKeys, chainId: string, now: Date): Promise<SealOutcome> {
  const manager = dataSource.manager;
  const head = await readHead(manager, chainId);
  const latest = await readLatestSeal(manager, chainId);
  if (!head || head.position === (latest?.position ?? 0n)) return { chainId, sealedPosition: null, problems: [] };

  const walk = new ChainWalk(latest ? { position: latest.position, hash: latest.hash } : { position: 0n, hash: GENESIS_HASH });
  if (latest && (await checkSeal(keys, latest.keyId, latest.signature, { chainId, ...latest })) === 'forged') {
    walk.report('rewritten', latest.position, null, 'the latest seal does not carry a valid signature');
    return { chainId, sealedPosition: null, problems: walk.problems };
  }
  while (walk.position < head.position) {
    const links = await readLinks(manager, chainId, walk.position, BATCH);
    const sealable = links.filter((link) => link.position <= head.position);
    if (sealable.length === 0) break;
    walk.add(sealable);
  }
  if (walk.position < head.position) walk.report('removed', walk.position + 1n, null, `links after ${walk.position} are missing`);
  if (walk.problems.length > 0) return { chainId, sealedPosition: null, problems: walk.problems };

  const claims = { chainId, position: walk.position, hash: walk.hash, sealedAt: now };
  const { keyId, signature } = await signSeal(keys, claims);
  // Two instances sealing the same end at once: the first row stands, the second adds nothing.
  await manager.query(
    `INSERT INTO audit_chain_seal (chain_id, position, hash, sealed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (chain_id, position) DO NOTHING`,
    [chainId, walk.position.toString(), walk.hash, now, keyId, signature],
  );
  return { chainId, sealedPosition: walk.position, problems: [] };
}
