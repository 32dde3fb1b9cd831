import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SuperAdminEntity } from '../super-admins/super-admin.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A single-use code for when the authenticator is lost; only its SHA-256 is stored. It belongs to
 * a tenant user or to a super admin, never both.
 */
@Entity({ name: 'recovery_code' })
@Index('IDX_recovery_code_user', ['userId'])
@Index('IDX_recovery_code_super_admin', ['superAdminId'])
@Check('CHK_recovery_code_one_owner', '("user_id" IS NULL) <> ("super_admin_id" IS NULL)')
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ name: 'super_admin_id', type: 'uuid', nullable: true })
  superAdminId: string | null;

  @ManyToOne(() => SuperAdminEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'super_admin_id' })
  superAdmin?: Relation<SuperAdminEntity>;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
