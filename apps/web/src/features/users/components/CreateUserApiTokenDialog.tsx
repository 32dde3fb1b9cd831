import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useSaveForm } from '../../../forms/use-save-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { endOfDay, isoDay } from '../../account/components/CreateApiTokenDialog';
import type { IssuedSecret } from '../../account/components/IssuedSecretDialog';
import { CREATE_USER_API_TOKEN_MUTATION, USER_API_TOKENS_QUERY } from '../graphql/user-security.graphql';

/** Name and optional expiry of a token for someone else; the caller then shows the secret once. */
export function CreateUserApiTokenDialog({
  userId,
  owner,
  open,
  onClose,
  onCreated,
}: {
  userId: string;
  owner: string;
  open: boolean;
  onClose: () => void;
  onCreated: (issued: IssuedSecret) => void;
}) {
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const form = useSaveForm(['name', 'expiresAt']);
  const [create, { loading }] = useMutation(CREATE_USER_API_TOKEN_MUTATION, {
    refetchQueries: [{ query: USER_API_TOKENS_QUERY, variables: { userId } }],
    awaitRefetchQueries: true,
  });

  function close() {
    setName('');
    setExpiresOn('');
    form.clearErrors();
    onClose();
  }

  const submit = form.onSubmit(
    async () => {
      const { data } = await create({ variables: { userId, name: name.trim(), expiresAt: expiresOn ? endOfDay(expiresOn) : null } });
      if (!data) throw new Error('The server did not return the new token.');
      const issued = { tokenName: data.createUserApiToken.apiToken.name, secret: data.createUserApiToken.secret, regenerated: false };
      close();
      onCreated(issued);
    },
    () => (name.trim() ? {} : { name: 'Name the token, e.g. "Reporting script"' }),
  );

  return (
    <Dialog open={open} title={`Create API token for ${owner}`} onClose={close}>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted">The token acts as {owner}, with their permissions at the time of each request.</p>
        <FormField
          label="Name"
          value={name}
          maxLength={100}
          required
          autoComplete="off"
          hint="What uses it, so it can be recognised later."
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
