import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';

export interface GrantOffer {
  roleId: string;
  roleName: string;
  key: string;
  missing: readonly string[];
}

/** Seed 002: ticking a permission with unmet prerequisites offers to grant them at the same time. */
export function GrantPrerequisitesDialog({
  offer,
  nameOf,
  pending,
  onCancel,
  onConfirm,
}: {
  offer: GrantOffer | null;
  nameOf: (key: string) => string;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (offer: GrantOffer) => void;
}) {
  return (
    <Dialog open={offer !== null} title="Grant the prerequisites too?" onClose={onCancel}>
      {offer && (
        <>
          <p>
            <strong>{nameOf(offer.key)}</strong> only works when {offer.roleName} also has:
          </p>
          <ul className="pm-dialog__list">
            {offer.missing.map((key) => (
              <li key={key}>
                {nameOf(key)} <span className="mono muted">{key}</span>
              </li>
            ))}
          </ul>
          <p>Grant {offer.missing.length === 1 ? 'it' : 'them'} together with {nameOf(offer.key)}?</p>
          <div className="dialog__actions">
            <Button variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" pending={pending} onClick={() => onConfirm(offer)}>
              Grant with prerequisites
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
