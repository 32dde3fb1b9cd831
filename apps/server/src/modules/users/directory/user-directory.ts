import type { DataSource } from 'typeorm';
import type { UserStateEnum } from '../types/user.type.js';
import { type DirectoryCriteria, type LoginActivityCriterion, TenantUserDirectory } from './tenant-user-directory.js';
import type { RankedUsername } from './username-ranks.js';

/** The filter of a count before the database has lowercased its fragments. */
export interface CountRequest extends Omit<DirectoryCriteria, 'name' | 'email'> {
  name: string | null;
  email: string | null;
}

export type { LoginActivityCriterion };

/** A page in username order: the next `limit` users after a cursor's user. */
export interface UsernamePageRequest {
  after: { id: string; username: string } | null;
  descending: boolean;
  limit: number;
}

/** What a page in username order can be made of (see TenantUserDirectory.pageCandidates). */
export interface PageCandidates {
  ranked: string[];
  unranked: string[];
}

export interface DirectoryAnswer {
  total: number;
  /** Null when no page was asked for or the directory cannot tell. */
  candidates: PageCandidates | null;
}

interface CachedTenant {
  directory: TenantUserDirectory;
  /** The oldest transaction still running when the directory last read the database: changes from it on may be news. */
  horizon: string;
  /** Syncs of one tenant run one after another, so each applies changes on top of the last. */
  queue: Promise<unknown>;
  /** Whether the first read of the tenant's users has finished. */
  warm: boolean;
  /** The database's username order being read, if it is. */
  ranking: Promise<void> | null;
}

interface SyncRow {
  kind: 'horizon' | 'user' | 'gone';
  id: string;
  full_name: string | null;
  username: string | null;
  username_as_written: string | null;
  email: string | null;
  role_id: string | null;
  state: UserStateEnum | null;
  last_login_ms: number | null;
  /** The user's place in the database's username order, in the first read only. */
  username_rank: number | null;
}

/** Rows applied between two turns of the event loop: a first read of 1 M users would otherwise hold it for seconds. */
const SLICE = 20_000;

/**
 * One statement, so one snapshot: the snapshot's horizon, the users changed (or removed) from the
 * last horizon on, and the request's fragments lowercased the way ILIKE lowercases them. The state
 * CASE is STATE_CONDITIONS of queries/list-users.ts, in the same order. The first read (horizon 0)
 * reads every user, so it also ranks them in username order (see UsernameRanks): 0.3 s more of the
 * database's time at 1 M users, where a statement of its own would send every id again.
 */
const SYNC_SQL = `
  SELECT 'horizon' AS kind, pg_snapshot_xmin(pg_current_snapshot())::text AS id, lower($3::text) AS full_name, NULL::text AS username,
         NULL::text AS username_as_written, lower($4::text) AS email, NULL::uuid AS role_id, NULL::text AS state, NULL::float8 AS last_login_ms,
         NULL::int AS username_rank
  UNION ALL
  SELECT 'user', u.id::text, lower(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), lower(u.username),
         NULLIF(u.username, lower(u.username)), lower(u.email), u.role_id,
         CASE WHEN u.deleted_at IS NOT NULL THEN 'deleted' WHEN u.hold_invite THEN 'introduction' WHEN NOT u.is_active THEN 'inactive'
              WHEN u.activated_at IS NULL THEN 'released' ELSE 'active' END,
         floor(extract(epoch from u.last_login_at) * 1000)::float8,
         CASE WHEN $2::bigint = 0 THEN (row_number() OVER (ORDER BY u.username) - 1)::int END
  FROM user_account u WHERE u.tenant_id = $1 AND u.directory_xid >= $2::bigint
  UNION ALL
  SELECT 'gone', t.user_id::text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM user_directory_tombstone t WHERE t.tenant_id = $1 AND t.xid >= $2::bigint`;

/** The database's own username order, for UsernameRanks; the unique index (tenant_id, username) reads it in order. */
const RANK_SQL = 'SELECT id, username FROM user_account WHERE tenant_id = $1 ORDER BY username';

/** Unranked matches a page may leave to the database to sort among the ranked ones. */
const MAX_UNRANKED_MATCHES = 200;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Counts for the Users list from an in-memory directory of each tenant's users, brought up to date
 * by one small statement per count. An exact count of 10 000 to 95 000 matching rows costs
 * PostgreSQL 6–22 ms even from an index (a trigram match is rechecked on every row); the same
 * count here is a walk over arrays.
 *
 * The directory is never stale: each count first reads, in its own snapshot, every row changed by
 * a transaction from the previous snapshot's oldest running one on (stamped by trigger, migration
 * UserDirectory), so it sees exactly what a count(*) at that moment would. Tenants past the memory
 * budget are dropped least recently used first and read again when next asked for.
 *
 * The first read of a tenant reads all of its users: seconds at 1 M users. A count that would
 * wait longer than coldWaitMs for it answers null instead (the caller counts in SQL) while the read
 * goes on in the background; so do the counts that come before it ends.
 */
export class UserDirectory {
  private readonly tenants = new Map<string, CachedTenant>();

  constructor(
    private readonly dataSource: DataSource,
    /** About 350 bytes each with the text indexes (measured at 100 000 users): 500 000 users is some 175 MB. */
    private readonly maxUsers = 500_000,
    private readonly coldWaitMs = 300,
    /** Unranked users (created or renamed since the last ranking) past which the order is read again, at least; else 1/64 of the tenant. */
    private readonly minUnrankedToRerank = 1000,
  ) {}

  /** The number of users that match, or null while the tenant's first read is still running. */
  async count(tenantId: string, request: CountRequest): Promise<number | null> {
    return (await this.read(tenantId, request, null))?.total ?? null;
  }

  /**
   * The number of users that match and, when a page in username order is asked for, the users it
   * can be made of; null while the tenant's first read is still running.
   */
  async read(tenantId: string, request: CountRequest, page: UsernamePageRequest | null): Promise<DirectoryAnswer | null> {
    const known = this.tenants.get(tenantId);
    if (known && !known.warm) return null;
    const tenant = this.tenant(tenantId);
    const run = tenant.queue.then(async (): Promise<DirectoryAnswer> => {
      const { name, email } = await this.sync(tenantId, tenant, request);
      tenant.warm = true;
      const directory = tenant.directory;
      if (directory.unrankedCount > Math.max(this.minUnrankedToRerank, directory.size >> 6)) this.rankInBackground(tenantId, tenant);
      const criteria = { ...request, name, email };
      const total = directory.count(criteria);
      const candidates = page && directory.pageCandidates(criteria, page.after, page.descending, page.limit, MAX_UNRANKED_MATCHES);
      return { total, candidates };
    });
    tenant.queue = run.catch(() => {
      // A failed first read leaves nothing to build on: the next count starts again.
      if (!tenant.warm && this.tenants.get(tenantId) === tenant) this.tenants.delete(tenantId);
    });
    const total = tenant.warm ? await run : await this.within(run, this.coldWaitMs);
    if (total !== null) this.evictBeyondBudget(tenantId);
    return total;
  }

  /**
   * Reads the database's username order without holding up counts, then takes it between two of
   * them. A failure leaves the order as it was: pages are then sorted in SQL, as before any ranking.
   */
  private rankInBackground(tenantId: string, tenant: CachedTenant): void {
    if (tenant.ranking) return;
    tenant.ranking = (async () => {
      const ordered: RankedUsername[] = await this.dataSource.query(RANK_SQL, [tenantId]);
      const ranked = tenant.queue.then(async () => {
        const slices = tenant.directory.rankInSlices(ordered, SLICE);
        while (!slices.next().done) await nextTurn();
      });
      tenant.queue = ranked.catch(() => undefined);
      await ranked;
    })()
      .catch(() => undefined)
      .finally(() => {
        tenant.ranking = null;
      });
  }

  /** Settles when the tenant's username order being read, if any, has been taken. */
  async rankingSettled(tenantId: string): Promise<void> {
    await this.tenants.get(tenantId)?.ranking;
  }

  /** The run's result if it comes within `ms`, else null; a later failure is the queue's to handle. */
  private async within<T>(run: Promise<T>, ms: number): Promise<T | null> {
    if (ms <= 0) return null;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), ms);
    });
    try {
      return await Promise.race([run, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Forgets every tenant: the next count of each reads its users again. */
  clear(): void {
    this.tenants.clear();
  }

  private tenant(tenantId: string): CachedTenant {
    let tenant = this.tenants.get(tenantId);
    if (tenant) {
      // Map order is the LRU order: most recently used last.
      this.tenants.delete(tenantId);
    } else {
      tenant = { directory: new TenantUserDirectory(), horizon: '0', queue: Promise.resolve(), warm: false, ranking: null };
    }
    this.tenants.set(tenantId, tenant);
    return tenant;
  }

  private async sync(tenantId: string, tenant: CachedTenant, request: CountRequest): Promise<{ name: string | null; email: string | null }> {
    const rows: SyncRow[] = await this.dataSource.query(SYNC_SQL, [tenantId, tenant.horizon, request.name, request.email]);
    let horizon = tenant.horizon;
    let lowered = { name: null as string | null, email: null as string | null };
    for (const row of rows) {
      if (row.kind === 'horizon') {
        horizon = row.id;
        lowered = { name: row.full_name, email: row.email };
      } else if (row.kind === 'gone') {
        tenant.directory.remove(row.id);
      }
    }
    const firstRead = tenant.horizon === '0';
    if (firstRead) tenant.directory.beginRanking();
    // A user re-created under the id of a removed one has a tombstone and a row: the row is what exists.
    for (let from = 0; from < rows.length; from += SLICE) {
      if (from > 0) await nextTurn();
      this.apply(tenant, rows.slice(from, from + SLICE));
    }
    if (firstRead) tenant.directory.finishRanking();
    // The first read also builds the text indexes, a chunk per turn: built by the first fragment
    // count instead, they would hold every request up for that long (0.4 s at 1 M users).
    if (!tenant.warm) while (tenant.directory.buildIndexChunk()) await nextTurn();
    tenant.horizon = horizon;
    return lowered;
  }

  private apply(tenant: CachedTenant, rows: SyncRow[]): void {
    for (const row of rows) {
      if (row.kind !== 'user') continue;
      tenant.directory.upsert({
        id: row.id,
        fullName: row.full_name ?? '',
        username: row.username ?? '',
        usernameAsWritten: row.username_as_written,
        email: row.email ?? '',
        roleId: row.role_id ?? '',
        state: row.state as UserStateEnum,
        lastLoginMs: row.last_login_ms,
      });
      if (row.username_rank !== null) tenant.directory.placeRank(row.id, row.username_rank);
    }
  }

  private evictBeyondBudget(keep: string): void {
    let users = 0;
    for (const tenant of this.tenants.values()) users += tenant.directory.size;
    for (const [tenantId, tenant] of this.tenants) {
      if (users <= this.maxUsers) return;
      if (tenantId === keep) continue;
      this.tenants.delete(tenantId);
      users -= tenant.directory.size;
    }
  }
}
