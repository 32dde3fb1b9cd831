import { Badge } from '../../ui/Badge';
import { formatDateTime, formatLocalDate } from '../shell/dates';
import { CERTIFICATION_STATUS } from './certification-status';
import type { MyCertification } from './certifications.graphql';
import { formatBytes } from './proof-file';
import { ProofUpload } from './ProofUpload';
import { usePortalViewer } from '../shell/portal-viewer-context';

/** One certification: its state, expiry, the reviewer's note, the latest proof, and a new upload. */
export function CertificationCard({ certification, onUploaded }: { certification: MyCertification; onUploaded: (message: string) => void }) {
  const timeZone = usePortalViewer().timeZone;
  const status = CERTIFICATION_STATUS[certification.status];
  const latest = certification.proofs[0];
  return (
    <article className="portal-item" data-testid="certification">
      <div className="portal-item__head">
        <h2 className="portal-item__title">{certification.name}</h2>
        <span className="portal-item__badges">
          <Badge tone={status.tone}>{status.label}</Badge>
          {certification.expired && <Badge tone="danger">Expired</Badge>}
        </span>
      </div>
      <p className="portal-item__help">{status.help}</p>
      <dl className="portal-item__facts">
        <div>
          <dt>{certification.expired ? 'Expired on' : 'Valid until'}</dt>
          <dd>{certification.expiresOn ? formatLocalDate(certification.expiresOn) : 'Does not expire'}</dd>
        </div>
        {certification.reviewNote && (
          <div>
            <dt>{certification.status === 'REJECTED' ? 'Reason' : 'Review note'}</dt>
            <dd>{certification.reviewNote}</dd>
          </div>
        )}
        {latest && (
          <div>
            <dt>Latest proof</dt>
            <dd>
              {latest.fileName} ({formatBytes(latest.sizeBytes)}), {formatDateTime(latest.uploadedAt, timeZone)}
            </dd>
          </div>
        )}
      </dl>
      <ProofUpload certificationId={certification.id} certificationName={certification.name} onUploaded={onUploaded} />
    </article>
  );
}
