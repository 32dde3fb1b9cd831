import { BadUserInputError, ConflictError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { CertificationProofEntity } from '../entities/certification-proof.entity.js';
import { WorkerCertificationEntity } from '../entities/worker-certification.entity.js';
import { localDateIn } from '@access/domain';
import { parseLocalDate } from '../local-date.js';
import { effectiveTimeZoneOf } from '../../users/time-zones.js';
import { notifyWorker } from '../notifications.js';
import { optionalNote, requiredText } from '../input-checks.js';
import { auditWorkerChange, lockPlannerUser, lockTenantRow } from '../records.js';

export function assignCertification(deps: UseCaseDeps, actor: Actor, userId: string, rawName: string, rawExpiresOn: string | null | undefined): Promise<string> {
  const name = requiredText('name', rawName, 200);
  const expiresOn = rawExpiresOn ? parseLocalDate('expiresOn', rawExpiresOn) : null;
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockPlannerUser(manager, actor.tenantId, userId);
    // "Passed" on the worker's calendar, where the portal shows the expiry.
    const today = localDateIn(await effectiveTimeZoneOf(manager, actor.tenantId, user.id), new Date());
    if (expiresOn && expiresOn < today) throw new BadUserInputError('expiresOn', 'This date has passed: the certification would already be expired');
    const certification = await manager.save(
      manager.create(WorkerCertificationEntity, { tenantId: actor.tenantId, userId: user.id, name, expiresOn, status: 'AWAITING_PROOF' }),
    );
    await auditWorkerChange(manager, actor, 'planner.certification.assign', user, null, { certificationId: certification.id, name, expiresOn });
    return certification.id;
  });
}

/** Removes the certification, its proof records and then the proof files; returns the worker's id. */
export async function removeCertification(deps: UseCaseDeps, actor: Actor, id: string): Promise<string> {
  const { userId, storageKeys } = await deps.dataSource.transaction(async (manager) => {
    const certification = await lockTenantRow(manager, WorkerCertificationEntity, 'Certification', actor.tenantId, id);
    const user = await lockPlannerUser(manager, actor.tenantId, certification.userId);
    const proofs = await manager.find(CertificationProofEntity, { where: { certificationId: certification.id }, select: { storageKey: true } });
    await manager.delete(WorkerCertificationEntity, { id: certification.id });
    await auditWorkerChange(
      manager,
      actor,
      'planner.certification.remove',
      user,
      { certificationId: certification.id, name: certification.name, status: certification.status, expiresOn: certification.expiresOn },
      null,
    );
    return { userId: user.id, storageKeys: proofs.map((proof) => proof.storageKey) };
  });
  // Only after the commit: a rolled-back removal must still find its files.
  await Promise.all(storageKeys.map((key) => deps.files.delete(key)));
  return userId;
}

type Verdict = { approved: true; note: string | null } | { approved: false; reason: string };

/** Approval or rejection of the proof waiting for review; the worker is told by email. */
function review(deps: UseCaseDeps, actor: Actor, id: string, verdict: Verdict): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const certification = await lockTenantRow(manager, WorkerCertificationEntity, 'Certification', actor.tenantId, id);
    const user = await lockPlannerUser(manager, actor.tenantId, certification.userId);
    if (certification.status !== 'PENDING_REVIEW') {
      throw new ConflictError(
        certification.status === 'AWAITING_PROOF'
          ? 'No proof has been uploaded for this certification yet'
          : `This certification was already ${certification.status === 'APPROVED' ? 'approved' : 'rejected'}; a new proof needs uploading before another review`,
        { reason: 'NOT_PENDING_REVIEW', status: certification.status },
      );
    }
    const before = { status: certification.status };
    certification.status = verdict.approved ? 'APPROVED' : 'REJECTED';
    certification.reviewNote = verdict.approved ? verdict.note : verdict.reason;
    certification.reviewedBy = actor.userId;
    certification.reviewedAt = new Date();
    await manager.save(certification);
    await auditWorkerChange(manager, actor, verdict.approved ? 'planner.certification.approve' : 'planner.certification.reject', user, before, {
      certificationId: certification.id,
      name: certification.name,
      status: certification.status,
      reviewNote: certification.reviewNote,
    });
    await notifyWorker(manager, deps.mailer, user.id, 'CERTIFICATION_REVIEWED', {
      subject: `Your certification "${certification.name}" was ${verdict.approved ? 'approved' : 'rejected'}`,
      lines: verdict.approved
        ? [`Your proof for "${certification.name}" was approved.`, ...(verdict.note ? ['', `Note: ${verdict.note}`] : [])]
        : [`Your proof for "${certification.name}" was rejected: ${verdict.reason}`, '', 'What to do next: upload a new proof in the worker portal (My Certifications).'],
    });
    return certification.id;
  });
}

export const approveCertification = (deps: UseCaseDeps, actor: Actor, id: string, note: string | null | undefined) =>
  review(deps, actor, id, { approved: true, note: optionalNote('note', note, 1000) });

export function rejectCertification(deps: UseCaseDeps, actor: Actor, id: string, reason: string): Promise<string> {
  return review(deps, actor, id, { approved: false, reason: requiredText('reason', reason, 1000) });
}
