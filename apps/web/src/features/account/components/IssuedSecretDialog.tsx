import { useId, useRef, useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import './account.css';

export interface IssuedSecret {
  tokenName: string;
  secret: string;
  regenerated: boolean;
}

async function copyText(text: string, fallbackInput: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or not a secure context): select the text so Ctrl+C works.
    fallbackInput?.select();
    return false;
  }
}

/**
 * The new secret, shown this once: the server stores only its hash, so closing the dialog
 * forgets it for good. The page keeps it in state only while the dialog is open.
 */
export function IssuedSecretDialog({
  issued,
  owner,
  onClose,
}: {
  issued: IssuedSecret | null;
  /** Whose token it is, when an administrator made it for someone else. */
  owner?: string;
  onClose: () => void;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  function close() {
    setCopied(null);
    onClose();
  }

  return (
    <Dialog
      open={issued !== null}
      title={issued?.regenerated ? 'New secret for your token' : owner ? `New API token for ${owner}` : 'Your new API token'} onClose={close} size="medium">
      {issued && (
        <div className="stack">
          <Alert tone="error" title="Copy the secret now">
            This is the only time Access shows it. Store it somewhere safe, such as a password manager or your script's secret
            store; {owner ? 'if it is lost, revoke the token and create a new one.' : 'if you lose it, regenerate the token.'}
            {issued.regenerated && ' The previous secret of this token has stopped working.'}
          </Alert>
          <div className="field">
            <label className="field__label" htmlFor={inputId}>
              Secret of “{issued.tokenName}”
            </label>
            <div className="account-secret">
              <input
                ref={inputRef}
                id={inputId}
                className="account-secret__value"
                value={issued.secret}
                readOnly
                spellCheck={false}
                autoComplete="off"
                onFocus={(event) => event.currentTarget.select()}
              />
              <Button
                variant="primary"
                onClick={() => void copyText(issued.secret, inputRef.current).then((ok) => setCopied(ok ? 'yes' : 'select'))}
              >
                Copy
              </Button>
            </div>
            <p className="field__hint" role="status">
              {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'select' ? 'Copying is blocked here: the secret is selected, press Ctrl+C.' : ''}
            </p>
          </div>
          <p className="muted">
            Send it as <code>Authorization: Bearer &lt;secret&gt;</code>. {owner ? `The token acts as ${owner}, with their current permissions.` : 'The token acts as you, with your current permissions.'}
          </p>
          <div className="dialog__actions">
            <Button variant="secondary" onClick={close}>
              I have stored it
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
