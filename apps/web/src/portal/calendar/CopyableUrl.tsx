import { useState } from 'react';
import { Button } from '../../ui/Button';

/** A secret URL with a Copy button; if the browser refuses the clipboard, the text is selected instead. */
export function CopyableUrl({ url, label }: { url: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('select');
    }
  }

  return (
    <div className="portal-copy">
      <input
        className="portal-copy__value"
        aria-label={label}
        value={url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        data-testid="calendar-url"
      />
      <Button variant="primary" onClick={() => void copy()}>
        Copy
      </Button>
      <p className="portal-status" role="status">
        {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'select' ? 'Copying is blocked here: select the link and copy it.' : ''}
      </p>
    </div>
  );
}
