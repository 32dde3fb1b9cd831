import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';

export interface GrantOffer {
  roleId: string;
  roleName: string;
  key: string;
  missing: readonly string[];
}

export interface RevokeWarning {
  roleId: string;
  roleName: string;
  key: string;
  /** Held permissions of the role that need `key` and would become inactive. */
  inactive: readonly string[];
  /** Of those, the ones the role holds itself (a cascade can revoke them). */
  cascadable: readonly string[];
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

/** Before revoking a prerequisite: say what becomes inactive, and offer to revoke it all. */
export function RevokeDialog({
  warning,
  nameOf,
  pending,
  onCancel,
  onConfirm,
}: {
  warning: RevokeWarning | null;
  nameOf: (key: string) => string;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (warning: RevokeWarning, cascade: boolean) => void;
}) {
  return (
    <Dialog open={warning !== null} title={warning ? `Revoke “${nameOf(warning.key)}”?` : 'Revoke'} onClose={onCancel} size="medium">
      {warning && (
        <>
          <p>
            These permissions of <strong>{warning.roleName}</strong> need it. They will become inactive (greyed out) for
            everyone on {warning.roleName} and on roles inheriting from it:
          </p>
          <ul className="pm-dialog__list">
            {warning.inactive.map((key) => (
              <li key={key}>
                {nameOf(key)}
                {!warning.cascadable.includes(key) && <span className="muted"> (inherited: change it on the parent role)</span>}
              </li>
            ))}
          </ul>
          {warning.cascadable.length > 0 && (
            <p>
              <strong>Revoke and cascade</strong> also revokes {warning.cascadable.map(nameOf).join(', ')} from {warning.roleName}.
            </p>
          )}
          <div className="dialog__actions">
            <Button variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
            <Button pending={pending} onClick={() => onConfirm(warning, false)}>
              Revoke only this
            </Button>
            {warning.cascadable.length > 0 && (
              <Button variant="danger" pending={pending} onClick={() => onConfirm(warning, true)}>
                Revoke and cascade
              </Button>
            )}
          </div>
        </>
      )}
    </Dialog>
  );
}
