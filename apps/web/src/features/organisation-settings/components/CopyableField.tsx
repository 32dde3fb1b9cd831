import { useId, useState } from 'react';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';

/** A value to hand to someone else (the redirect URI for the provider), with a Copy button. */
export function CopyableField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // No clipboard permission (or not a secure context): select the text so Ctrl+C works.
      const input = document.querySelector<HTMLInputElement>(`[data-copy="${id}"]`);
      input?.select();
      setCopied('select');
    }
  }

  return (
    <div>
      <div className="org-settings__copy">
        <FormField label={label} value={value} readOnly className="org-settings__mono" data-copy={id} onFocus={(event) => event.currentTarget.select()} />
        <Button onClick={() => void copy()} aria-label={`Copy ${label}`}>
          Copy
        </Button>
      </div>
      <p className="org-settings__note" role="status">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'select' ? 'Copying is blocked here: the text is selected, press Ctrl+C.' : ''}
      </p>
    </div>
  );
}
