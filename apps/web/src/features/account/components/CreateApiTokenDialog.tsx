import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { useSaveForm } from '../../../forms/use-save-form';
import type { IssuedSecret } from './IssuedSecretDialog';

/** `YYYY-MM-DD` of a local date, for the `min` of a date input. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The token works until the end of the chosen day, in the person's own time zone. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59.999`).toISOString();
}

export interface ApiTokenRequest {
  name: string;
  /** The end of the chosen day, or null for a token that does not expire. */
  expiresAt: string | null;
}

/**
 * Name and optional expiry of a new token, yours or (with `owner`) someone else's; `issue` sends
 * the mutation, and the caller shows the secret once (IssuedSecretDialog).
 */
export function CreateApiTokenDialog({
  open,
  owner,
  pending,
  issue,
  onClose,
  onCreated,
}: {
  open: boolean;
  /** Whose token it is, when it is not the viewer's own. */
  owner?: string;
  pending: boolean;
  issue: (request: ApiTokenRequest) => Promise<IssuedSecret>;
  onClose: () => void;
  onCreated: (issued: IssuedSecret) => void;
}) {
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const form = useSaveForm(['name', 'expiresAt']);

  function close() {
    setName('');
    setExpiresOn('');
    form.clearErrors();
    onClose();
  }

  const submit = form.onSubmit(
    async () => {
      const issued = await issue({ name: name.trim(), expiresAt: expiresOn ? endOfDay(expiresOn) : null });
      close();
      onCreated(issued);
    },
    () => (name.trim() ? {} : { name: 'Name the token, e.g. "Reporting script"' }),
  );

  return (
    <Dialog open={open} title={owner ? `Create API token for ${owner}` : 'Create API token'} onClose={close}>
      <form className="stack" onSubmit={submit} noValidate>
        {owner && <p className="muted">The token acts as {owner}, with their permissions at the time of each request.</p>}
        <FormField
          label="Name"
          value={name}
          maxLength={100}
          required
          autoComplete="off"
          hint={owner ? 'What uses it, so it can be recognised later.' : 'What uses it, so you recognise it later.'}
          error={form.errors.fields.name}
          onChange={(event) => {
            setName(event.target.value);
            if (form.errors.fields.name) form.clearErrors();
          }}
        />
        <FormField
          label="Expires on (optional)"
          type="date"
          min={isoDay(new Date())}
          value={expiresOn}
          hint="It stops working at the end of that day. Leave empty for a token that does not expire."
          error={form.errors.fields.expiresAt}
          onChange={(event) => setExpiresOn(event.target.value)}
        />
        {form.errors.form && <Alert title="The token was not created">{form.errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={pending}>
            Create token
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
