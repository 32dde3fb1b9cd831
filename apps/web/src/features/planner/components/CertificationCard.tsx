import type { ReactNode } from 'react';
import type { WorkerCertification } from '../graphql/worker-profile.graphql';
import { formatBytes, formatDateTime, formatDay } from '../format';
import { CertificationStatusBadge } from './PlannerBadges';

export interface CertificationCardProps {
  certification: WorkerCertification;
  /** Shown under the name (the worker, on the Approvals page). */
  subtitle?: ReactNode;
  /** Approve / reject / remove, as the viewer may. */
  actions?: ReactNode;
}

/** One certification: status, validity, the review note and the uploaded proofs (newest first). */
export function CertificationCard({ certification, subtitle, actions }: CertificationCardProps) {
  const { name, expiresOn, status, valid, expired, reviewNote, proofs } = certification;
  return (
    <article className="card planner-cert" aria-label={`Certification ${name}`}>
      <header className="planner-cert__head">
        <div>
          <h3 className="card__title">{name}</h3>
          {subtitle && <p className="muted">{subtitle}</p>}
        </div>
        <div className="planner-cert__badges">
          <CertificationStatusBadge status={status} />
          {expired && <span className="badge badge--danger">Expired</span>}
          {valid && <span className="badge badge--success">Valid</span>}
        </div>
      </header>
      <p className="muted">{expiresOn ? `Valid until ${formatDay(expiresOn)}` : 'Does not expire'}</p>
      {reviewNote && <p className="planner-cert__note">Review note: {reviewNote}</p>}
      {proofs.length > 0 ? (
        <ul className="planner-proofs" aria-label={`Proofs for ${name}`}>
          {proofs.map((proof) => (
            <li key={proof.id}>
              {/* A short-lived signed link: fetched fresh with the profile, valid for a few minutes. */}
              <a href={proof.downloadUrl} download={proof.fileName} target="_blank" rel="noreferrer">
                {proof.fileName}
              </a>{' '}
              <span className="muted">
                {formatBytes(proof.sizeBytes)} · uploaded {formatDateTime(proof.uploadedAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No proof uploaded yet.</p>
      )}
      {actions && <div className="form-actions">{actions}</div>}
    </article>
  );
}
