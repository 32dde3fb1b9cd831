import type { ChangeNoticeHandlers } from '../../db/change-notices.js';
import type { Principal } from './principal.js';

/** The channel the principal tables announce their changes on (migration PrincipalChangeNotices). */
export const PRINCIPAL_CHANGE_CHANNEL = 'access_principal_change';

/** A principal as read from the database, with how long its session runs. */
export interface LoadedPrincipal {
  principal: Principal;
  /** Epoch milliseconds; null for a principal without a session (an API token's owner). */
  sessionExpiresAt: number | null;
}

interface Entry {
  principal: Principal;
  validUntil: number;
  ids: string[];
}

const MAX_ENTRIES = 10_000;
/** A bound on staleness should a change ever bypass the notices (a restored backup, a manual edit with triggers off). */
const MAX_AGE_MS = 60_000;

/**
 * The principals of recent requests, so a request with a known token reads no row at all. Every
 * change to a row a principal was read from arrives as a notice (the row's id) and drops the
 * principals read from it; while notices are not flowing nothing is kept. A read that overlaps a
 * notice is used once and not kept, so a principal read before a change cannot outlive it.
 */
export class PrincipalCache implements ChangeNoticeHandlers {
  private readonly entries = new Map<string, Entry>();
  private readonly keysById = new Map<string, Set<string>>();
  /** Counts notices and losses; a read keeps its result only if none came while it ran. */
  private changes = 0;
  private live = false;

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string, load: () => Promise<LoadedPrincipal | null>): Promise<Principal | null> {
    const hit = this.entries.get(key);
    if (hit) {
      if (hit.validUntil > this.now()) return hit.principal;
      this.remove(key);
    }
    const changesBefore = this.changes;
    const loaded = await load();
    if (loaded && this.live && this.changes === changesBefore) this.keep(key, loaded);
    return loaded?.principal ?? null;
  }

  get size(): number {
    return this.entries.size;
  }

  notice(id: string): void {
    this.changes += 1;
    const keys = this.keysById.get(id);
    if (keys) for (const key of [...keys]) this.remove(key);
  }

  connected(): void {
    this.clear();
    this.live = true;
  }

  lost(): void {
    this.live = false;
    this.clear();
  }

  private clear(): void {
    this.changes += 1;
    this.entries.clear();
    this.keysById.clear();
  }

  private keep(key: string, { principal, sessionExpiresAt }: LoadedPrincipal): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.remove(oldest);
    }
    const validUntil = Math.min(this.now() + MAX_AGE_MS, sessionExpiresAt ?? Number.POSITIVE_INFINITY);
    const ids = rowIdsOf(principal);
    this.entries.set(key, { principal, validUntil, ids });
    for (const id of ids) {
      let keys = this.keysById.get(id);
      if (!keys) this.keysById.set(id, (keys = new Set()));
      keys.add(key);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const id of entry.ids) {
      const keys = this.keysById.get(id);
      keys?.delete(key);
      if (keys?.size === 0) this.keysById.delete(id);
    }
  }
}

/** The rows a principal was read from: the account, its tenant, its session. */
function rowIdsOf(principal: Principal): string[] {
  const ids = principal.kind === 'user' ? [principal.userId, principal.tenantId] : [principal.superAdminId];
  if (principal.sessionId) ids.push(principal.sessionId);
  return ids;
}
