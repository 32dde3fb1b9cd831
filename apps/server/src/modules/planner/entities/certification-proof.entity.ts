import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { WorkerCertificationEntity } from './worker-certification.entity.js';

/** An uploaded proof file's metadata; the bytes live in the file storage port under `storageKey`. */
@Entity({ name: 'certification_proof' })
@Index('IDX_certification_proof_certification', ['certificationId', 'uploadedAt'])
export class CertificationProofEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<TenantEntity>;

  @Column({ name: 'certification_id', type: 'uuid' })
  certificationId: string;

  @ManyToOne(() => WorkerCertificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certification_id' })
  certification?: Relation<WorkerCertificationEntity>;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 300 })
  storageKey: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;
}
