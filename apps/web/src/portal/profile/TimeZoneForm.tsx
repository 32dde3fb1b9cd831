import { isKnownTimeZone } from '@access/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useSaveForm } from '../../forms/use-save-form';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TimeZoneField } from '../../ui/TimeZoneField';
import { usePortalViewer } from '../shell/portal-viewer-context';
import { SET_MY_TIME_ZONE_MUTATION } from './profile.graphql';

const FIELDS = ['timeZone'] as const;

/** The zone the worker reads their shifts in, when they work away from the organisation's. */
export function TimeZoneForm() {
  const viewer = usePortalViewer();
  const [value, setValue] = useState(viewer.ownTimeZone ?? '');
  const form = useSaveForm(FIELDS);
  // The viewer carries the zone every page formats with: refetched so the portal follows at once.
  const [update, { loading }] = useMutation(SET_MY_TIME_ZONE_MUTATION, { refetchQueries: ['PortalViewer'], awaitRefetchQueries: true });

  const save = form.onSubmit(
    async () => {
      await update({ variables: { timeZone: value.trim() || null } });
    },
    () => (value.trim() && !isKnownTimeZone(value.trim()) ? { timeZone: 'Choose a time zone from the list, or leave it empty.' } : {}),
  );

  return (
    <form className="portal-form" onSubmit={save} noValidate aria-label="My time zone">
      <TimeZoneField
        label="My time zone"
        value={value}
        placeholder={viewer.tenantTimeZone}
        error={form.errors.fields.timeZone}
        hint={`Leave empty to use your organisation's (${viewer.tenantTimeZone}). Your shifts show in ${viewer.timeZone}.`}
        onChange={(event) => {
          form.clearSaved();
          setValue(event.target.value);
        }}
      />
      {form.errors.form && <Alert title="Your time zone was not saved">{form.errors.form}</Alert>}
      <div className="portal-form__actions">
        <Button type="submit" variant="primary" pending={loading}>
          Save time zone
        </Button>
        <span className="portal-status" role="status">
          {form.saved ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}
