import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { cascadeCount, type RevokeChoice } from '../revoke-choice';
import './revoke-dialog.css';

/**
 * Before revoking a prerequisite (issue 17): the target's permissions that need it, and the two
 * ways to go on. Cancel comes first, so the modal's initial focus lands on the choice that
 * changes nothing; the native dialog returns focus to the control that opened it.
 */
export function RevokeDialog({
  choice,
  nameOf,
  pending,
  onCancel,
  onConfirm,
}: {
  choice: RevokeChoice | null;
  nameOf: (key: string) => string;
  /** The option on its way to the server: true for the cascade, false for the key alone. */
  pending: boolean | null;
  onCancel: () => void;
  onConfirm: (choice: RevokeChoice, cascade: boolean) => void;
}) {
  return (
    <Dialog open={choice !== null} title={choice ? `Revoke “${nameOf(choice.key)}”?` : 'Revoke'} onClose={onCancel} size="medium">
      {choice && <RevokeChoiceBody choice={choice} nameOf={nameOf} pending={pending} onCancel={onCancel} onConfirm={onConfirm} />}
    </Dialog>
  );
}

function RevokeChoiceBody({
  choice,
  nameOf,
  pending,
  onCancel,
  onConfirm,
}: {
  choice: RevokeChoice;
  nameOf: (key: string) => string;
  pending: boolean | null;
  onCancel: () => void;
  onConfirm: (choice: RevokeChoice, cascade: boolean) => void;
}) {
  const { target, key, dependants } = choice;
  const keyName = nameOf(key);
  const count = cascadeCount(choice);
  const cascading = dependants.filter((dependant) => dependant.cascades).map((dependant) => nameOf(dependant.key));
  const cascadeLabel = `Revoke ${keyName} and ${count} ${count === 1 ? 'dependant' : 'dependants'}`;
  const who = target.kind === 'role' ? `everyone on ${target.name} and on roles inheriting from it` : target.name;
  const busy = pending !== null;
  return (
    <>
      <p>
        {dependants.length === 1 ? 'This permission' : 'These permissions'} of <strong>{target.name}</strong> need {keyName}. If you
        revoke only {keyName}, {dependants.length === 1 ? 'it stays' : 'they stay'} but {dependants.length === 1 ? 'becomes' : 'become'}{' '}
        inactive (greyed out) for {who} until {keyName} is granted again:
      </p>
      <ul className="revoke-dialog__list" aria-label={`Permissions of ${target.name} that need ${keyName}`}>
        {dependants.map((dependant) => (
          <li key={dependant.key}>
            {nameOf(dependant.key)} <span className="mono muted">{dependant.key}</span>
            {dependant.heldVia && <span className="revoke-dialog__note"> — {dependant.heldVia}, so it stays inactive either way</span>}
          </li>
        ))}
      </ul>
      {count > 0 && (
        <p>
          “{cascadeLabel}” also revokes {cascading.join(', ')}
          {target.kind === 'role' ? ` from ${target.name}` : `, granted directly to ${target.name}`}.
        </p>
      )}
      <div className="dialog__actions">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button pending={pending === false} disabled={busy} onClick={() => onConfirm(choice, false)}>
          Revoke only {keyName}
        </Button>
        {count > 0 && (
          <Button variant="danger" pending={pending === true} disabled={busy} onClick={() => onConfirm(choice, true)}>
            {cascadeLabel}
          </Button>
        )}
      </div>
    </>
  );
}
