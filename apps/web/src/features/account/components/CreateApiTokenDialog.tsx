import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { useSaveForm } from '../../../forms/use-save-form';
import { CREATE_API_TOKEN_MUTATION, MY_API_TOKENS_QUERY } from '../graphql/account.graphql';
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

/** Name and optional expiry; on success the page shows the secret once (IssuedSecretDialog). */
export function CreateApiTokenDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (issued: IssuedSecret) => void }) {
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const form = useSaveForm(['name', 'expiresAt']);
  const [create, { loading }] = useMutation(CREATE_API_TOKEN_MUTATION, { refetchQueries: [MY_API_TOKENS_QUERY], awaitRefetchQueries: true });

  function close() {
    setName('');
    setExpiresOn('');
    form.clearErrors();
    onClose();
  }

  const submit = form.onSubmit(
    async () => {
      const { data } = await create({ variables: { name: name.trim(), expiresAt: expiresOn ? endOfDay(expiresOn) : null } });
      if (!data) throw new Error('The server did not return the new token.');
      const issued = { tokenName: data.createApiToken.apiToken.name, secret: data.createApiToken.secret, regenerated: false };
      close();
      onCreated(issued);
    },
    () => (name.trim() ? {} : { name: 'Name the token, e.g. "Reporting script"' }),
  );

  return (
    <Dialog open={open} title="Create API token" onClose={close}>
      <form className="stack" onSubmit={submit} noValidate>
        <FormField
          label="Name"
          value={name}
          maxLength={100}
          required
          autoComplete="off"
          hint="What uses it, so you recognise it later."
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
          <Button type="submit" variant="primary" pending={loading}>
            Create token
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
