import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Failed sign-ins per account or client address. A lockout is its own state, separate from
 * deactivation: it ends by itself at `lockedUntil`, or when an admin clears it.
 */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  /** `user:<id>`, `login:<SHA-256 of tenant and name>` (unknown accounts), `admin:<id>` or `address:<ip>`. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
