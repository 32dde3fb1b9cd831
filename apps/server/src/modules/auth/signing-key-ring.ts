import type { JWK } from 'jose';
import type { DataSource } from 'typeorm';
import { listenForChanges, type ChangeNotices } from '../../db/change-notices.js';
import { runPeriodically } from '../../kernel/periodic-task.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { readSigningKeys, type StoredSigningKey } from './signing-key-store.js';
import type { SigningKey, SigningKeys } from './signing-keys.js';

/** Announced by a trigger on `signing_key` whenever a key is stored or removed. */
export const SIGNING_KEY_CHANNEL = 'access_signing_keys';

interface KeysAt extends SigningKeys {
  /** When the answer changes without a new key (a staged key starts signing, a retired one expires). */
  readonly changesAt: number;
}

/**
 * What each stored key does at `now`. The newest key whose time has come signs; a staged key (its
 * time still ahead) already verifies, so tokens it signs later are accepted by an instance that has
 * not switched yet; a retired key verifies until `longestTokenMs` after its successor took over.
 */
export function signingKeysAt(stored: readonly StoredSigningKey[], now: number, longestTokenMs: number): KeysAt {
  const newestFirst = [...stored].sort((a, b) => b.signsFrom - a.signsFrom);
  // With every key still ahead (clocks apart by more than a staging delay), the earliest one signs.
  const active = newestFirst.find((entry) => entry.signsFrom <= now) ?? newestFirst.at(-1);
  if (!active) return NO_KEYS;
  const verifying = new Map<string, SigningKey>([[active.key.kid, active.key]]);
  let changesAt = Infinity;
  let successorFrom: number | null = null;
  for (const entry of newestFirst) {
    if (entry.signsFrom > now) {
      verifying.set(entry.key.kid, entry.key);
      changesAt = Math.min(changesAt, entry.signsFrom);
    } else if (entry !== active && successorFrom !== null && now < successorFrom + longestTokenMs) {
      verifying.set(entry.key.kid, entry.key);
      changesAt = Math.min(changesAt, successorFrom + longestTokenMs);
    }
    successorFrom = entry.signsFrom;
  }
  const publicJwks: JWK[] = [...verifying.values()].map((key) => key.publicJwk);
  return { active: active.key, verifying, publicJwks, known: new Map(newestFirst.map((entry) => [entry.key.kid, entry.key])), changesAt };
}

/** Before the first key is stored: nothing verifies, and signing is a programming error. */
const NO_KEYS: KeysAt = {
  get active(): SigningKey {
    throw new Error('No signing key is stored yet');
  },
  verifying: new Map(),
  publicJwks: [],
  known: new Map(),
  changesAt: Infinity,
};

export interface SigningKeyRingOptions {
  /** The longest a token may be presented after it was signed, in seconds. */
  longestTokenSeconds: number;
  /** Re-reads the table this often, in case a change notice was missed. */
  refreshSeconds: number;
  logger: { warn(details: object, message: string): void };
  now?: () => number;
}

/**
 * The signing keys every instance shares, kept in the database. Each instance reads them at start,
 * again on every change notice and every `refreshSeconds`; a key staged by `rotate-signing-key` is
 * known everywhere long before it signs.
 */
export class SigningKeyRing implements SigningKeys {
  private readonly opened = new Map<string, SigningKey>();
  private stored: StoredSigningKey[] = [];
  private current: KeysAt | null = null;
  private notices: ChangeNotices | null = null;
  private periodic: { stop(): void } | null = null;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly options: SigningKeyRingOptions,
  ) {}

  /** Reads the keys once: for a command that checks signatures and exits. */
  static async read(dataSource: DataSource, box: SecretBox, options: SigningKeyRingOptions): Promise<SigningKeyRing> {
    const ring = new SigningKeyRing(dataSource, box, options);
    await ring.refresh();
    return ring;
  }

  /** Reads the keys and keeps following them until `close`. */
  static async follow(dataSource: DataSource, box: SecretBox, options: SigningKeyRingOptions): Promise<SigningKeyRing> {
    const ring = await SigningKeyRing.read(dataSource, box, options);
    const refresh = () => void ring.refresh().catch((error: unknown) => options.logger.warn({ err: error }, 'signing keys not re-read'));
    ring.notices = await listenForChanges(dataSource, SIGNING_KEY_CHANNEL, { notice: refresh, connected: refresh, lost: () => undefined }, options.logger);
    ring.periodic = runPeriodically(options.refreshSeconds, () => ring.refresh(), (error) => options.logger.warn({ err: error }, 'signing keys not re-read'));
    return ring;
  }

  get active(): SigningKey {
    return this.at().active;
  }

  get verifying(): ReadonlyMap<string, SigningKey> {
    return this.at().verifying;
  }

  get publicJwks(): JWK[] {
    return this.at().publicJwks;
  }

  get known(): ReadonlyMap<string, SigningKey> {
    return this.at().known;
  }

  async refresh(): Promise<void> {
    this.stored = await readSigningKeys(this.dataSource.manager, this.box, this.opened);
    this.current = null;
  }

  async close(): Promise<void> {
    this.periodic?.stop();
    await this.notices?.close();
  }

  private at(): KeysAt {
    const now = (this.options.now ?? Date.now)();
    if (!this.current || now >= this.current.changesAt) {
      this.current = signingKeysAt(this.stored, now, this.options.longestTokenSeconds * 1000);
    }
    return this.current;
  }
}
