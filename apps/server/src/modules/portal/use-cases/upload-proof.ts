import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { recordAudit } from '../../audit/audit.service.js';
import { CertificationProofEntity } from '../../planner/entities/certification-proof.entity.js';
import { WorkerCertificationEntity } from '../../planner/entities/worker-certification.entity.js';
import { toCertification } from '../../planner/mappers/certification.mapper.js';
import type { CertificationType } from '../../planner/types/certification.type.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import type { CertificationProofInput } from '../dto/certification-proof.input.js';
import { readProofFile } from '../proof-file.js';
import { workerTarget, type Worker } from '../worker.js';

/**
 * Stores the file first (it cannot join the database transaction), then records it and sets the
 * certification to PENDING_REVIEW, even after an approval: a new proof needs a new review. If the
 * transaction fails the file is removed again, so no bytes outlive their metadata.
 */
export async function uploadCertificationProof(deps: UseCaseDeps, worker: Worker, input: CertificationProofInput): Promise<CertificationType> {
  const file = readProofFile(input);
  if (!isUuid(input.certificationId)) throw new NotFoundError('Certification');
  const storageKey = await deps.files.put(file.bytes);
  try {
    return await deps.dataSource.transaction(async (manager) => {
      const certification = await manager
        .getRepository(WorkerCertificationEntity)
        .createQueryBuilder('certification')
        .setLock('pessimistic_write')
        .where('certification.id = :id AND certification.tenant_id = :tenantId AND certification.user_id = :userId', {
          id: input.certificationId,
          tenantId: worker.tenantId,
          userId: worker.userId,
        })
        .getOne();
      if (!certification) throw new NotFoundError('Certification');
      const proof = await manager.save(
        manager.create(CertificationProofEntity, {
          tenantId: worker.tenantId,
          certificationId: certification.id,
          fileName: file.fileName,
          contentType: file.contentType,
          sizeBytes: file.bytes.length,
          storageKey,
        }),
      );
      const before = certification.status;
      Object.assign(certification, { status: 'PENDING_REVIEW', reviewNote: null, reviewedBy: null, reviewedAt: null });
      await manager.update(
        WorkerCertificationEntity,
        { id: certification.id },
        { status: certification.status, reviewNote: null, reviewedBy: null, reviewedAt: null },
      );
      await recordAudit(manager, worker.actor, {
        action: 'portal.certification.upload_proof',
        ...workerTarget(worker),
        before: { certificationId: certification.id, name: certification.name, status: before },
        after: {
          certificationId: certification.id,
          name: certification.name,
          status: certification.status,
          proofId: proof.id,
          fileName: proof.fileName,
          contentType: proof.contentType,
          sizeBytes: proof.sizeBytes,
        },
      });
      return toCertification(certification);
    });
  } catch (error) {
    await deps.files.delete(storageKey);
    throw error;
  }
}
