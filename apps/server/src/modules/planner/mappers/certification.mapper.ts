import type { CertificationProofEntity } from '../entities/certification-proof.entity.js';
import type { WorkerCertificationEntity } from '../entities/worker-certification.entity.js';
import { todayLocalDate } from '../local-date.js';
import type { CertificationProofType, CertificationType } from '../types/certification.type.js';
import type { CertificationStatus } from '../types/enums.type.js';

/** A certification counts only when approved and, if it expires, not past its last day. */
export function toCertification(row: WorkerCertificationEntity, today: string = todayLocalDate()): CertificationType {
  const expired = row.expiresOn !== null && row.expiresOn < today;
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    expiresOn: row.expiresOn,
    status: row.status as CertificationStatus,
    valid: row.status === 'APPROVED' && !expired,
    expired,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt,
  };
}

export function toCertificationProof(row: CertificationProofEntity): CertificationProofType {
  return { id: row.id, fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, uploadedAt: row.uploadedAt };
}
