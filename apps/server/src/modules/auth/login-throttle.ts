import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Clock, SignInThrottleConfig } from '../../config.js';

export interface ThrottleKeys {
  account: string;
  address: string | null;
}

/** An account's lockout thresholds, when they are not the platform's. */
export interface AccountLockout {
  maxFailures: number;
  lockoutSeconds: number;
  maxLockoutSeconds: number;
}

interface Rule {
  max: number;
  base: number;
  ceiling: number;
}

export interface Reservation {
  allowed: boolean;
  /** This attempt is the one that reached the limit: the account is locked unless it succeeds. */
  lockedNow: boolean;
  lockedUntil: Date | null;
}

/**
 * Counts sign-in attempts before the password is checked: each attempt takes a slot under a row
 * lock, so concurrent attempts cannot exceed the limit. A passed step gives the slot back; only a
 * completed sign-in clears the account's count, so the password and the second factor share one
 * count. Over the limit, the lockout doubles with every further failure, up to a ceiling. Counts
 * are forgotten after a quiet period as long as the first lockout.
 *
 * Every time stored or compared comes from `clock`, never from the database's now(): one source of
 * time, so a test can move it past a lockout instead of rewriting rows.
 */
export class LoginThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: SignInThrottleConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * `account` overrides the account's thresholds (a tenant's own lockout settings); the address
   * limit is the platform's, since one address may try accounts of many tenants.
   */
  reserve(keys: ThrottleKeys, account?: AccountLockout): Promise<Reservation> {
    const accountRule: Rule = {
      max: account?.maxFailures ?? this.config.accountMaxFailures,
      base: account?.lockoutSeconds ?? this.config.baseLockoutSeconds,
      ceiling: account?.maxLockoutSeconds ?? this.config.maxLockoutSeconds,
    };
    const limits: Array<[string, Rule]> = [[keys.account, accountRule]];
    if (keys.address) {
      limits.push([keys.address, { max: this.config.addressMaxFailures, base: this.config.baseLockoutSeconds, ceiling: this.config.maxLockoutSeconds }]);
    }
    // A fixed lock order, so two attempts never wait on each other's rows.
    limits.sort(([a], [b]) => a.localeCompare(b));
    return this.dataSource.transaction(async (manager) => {
      const at = this.clock.now();
      const now = at.getTime();
      const rows = new Map<string, { failures: number; locked_until: Date | null }>();
      for (const [key, rule] of limits) {
        await manager.query('INSERT INTO login_throttle (key, updated_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, at]);
        const [row]: Array<{ failures: number; locked_until: Date | null; updated_at: Date }> = await manager.query(
          'SELECT failures, locked_until, updated_at FROM login_throttle WHERE key = $1 FOR UPDATE',
          [key],
        );
        // Failures are forgotten after a quiet window following the last failure or the end of the lockout.
        const quietSince = Math.max(row!.updated_at.getTime(), row!.locked_until?.getTime() ?? 0);
        const forgotten = now - quietSince > rule.base * 1000;
        rows.set(key, forgotten ? { failures: 0, locked_until: null } : row!);
      }
      const blocking = [...rows.values()].map((row) => row.locked_until).filter((until): until is Date => !!until && until.getTime() > now);
      if (blocking.length > 0) {
        return { allowed: false, lockedNow: false, lockedUntil: new Date(Math.max(...blocking.map((until) => until.getTime()))) };
      }
      let lockedNow = false;
      let lockedUntil: Date | null = null;
      for (const [key, { max, base, ceiling }] of limits) {
        const failures = rows.get(key)!.failures + 1;
        let until: Date | null = null;
        if (failures >= max) {
          const seconds = Math.min(base * 2 ** (failures - max), ceiling);
          until = new Date(now + seconds * 1000);
          if (key === keys.account) {
            lockedNow = true;
            lockedUntil = until;
          }
        }
        await manager.query('UPDATE login_throttle SET failures = $2, locked_until = $3, updated_at = $4 WHERE key = $1', [key, failures, until, at]);
      }
      return { allowed: true, lockedNow, lockedUntil };
    });
  }

  /**
   * An attempt that passed a step without finishing the sign-in (a correct password before the
   * second factor, or a self-service password change): its slots go back, but earlier failures stay
   * counted until a session is issued, so correct passwords cannot wash out wrong codes.
   */
  async release(keys: ThrottleKeys): Promise<void> {
    const at = this.clock.now();
    // An allowed attempt that reaches the limit blocks every other, so the only lock this slot can
    // meet is its own (or one owed to a count it no longer reaches): giving the slot back lifts it.
    await this.dataSource.query('UPDATE login_throttle SET failures = greatest(failures - 1, 0), locked_until = NULL, updated_at = $2 WHERE key = $1', [
      keys.account,
      at,
    ]);
    if (keys.address) {
      await this.dataSource.query(
        `UPDATE login_throttle SET failures = greatest(failures - 1, 0),
                locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END, updated_at = $3
          WHERE key = $1`,
        [keys.address, this.config.addressMaxFailures, at],
      );
    }
  }

  /** A completed sign-in (a session issued) forgets the account's failures. */
  async succeeded(account: string): Promise<void> {
    await this.dataSource.query('UPDATE login_throttle SET failures = 0, locked_until = NULL, updated_at = $2 WHERE key = $1', [account, this.clock.now()]);
  }
}

export const accountKey = {
  user: (userId: string) => `user:${userId}`,
  // Hashed because both parts are whatever the caller typed: a key holds at most 300 characters.
  unknown: (scope: string, login: string) => `login:${createHash('sha256').update(`${scope}\u0000${login.toLowerCase()}`).digest('base64url')}`,
  superAdmin: (id: string) => `admin:${id}`,
  address: (ip: string | undefined) => (ip ? `address:${ip}` : null),
};
