import type { DataSource, EntityManager } from 'typeorm';
import { WorkerCertificationEntity } from '../entities/worker-certification.entity.js';
import { toCertification } from '../mappers/certification.mapper.js';
import type { CertificationType } from '../types/certification.type.js';
import { findTenantRow } from '../records.js';

/** Waiting for review, the longest-waiting upload first; workers who left are not listed. */
export async function listCertificationsToReview(db: DataSource | EntityManager, tenantId: string): Promise<CertificationType[]> {
  const rows = await db
    .getRepository(WorkerCertificationEntity)
    .createQueryBuilder('certification')
    .innerJoin('user_account', 'worker', 'worker.id = certification.user_id AND worker.deleted_at IS NULL')
    .addSelect('(SELECT max(proof.uploaded_at) FROM certification_proof proof WHERE proof.certification_id = certification.id)', 'last_upload')
    .where("certification.tenant_id = :tenantId AND certification.status = 'PENDING_REVIEW'", { tenantId })
    .orderBy('last_upload', 'ASC', 'NULLS FIRST')
    .addOrderBy('certification.id', 'ASC')
    .getMany();
  return rows.map((row) => toCertification(row));
}

export async function getCertification(db: DataSource | EntityManager, tenantId: string, id: string): Promise<CertificationType> {
  return toCertification(await findTenantRow(db, WorkerCertificationEntity, 'Certification', tenantId, id));
}
