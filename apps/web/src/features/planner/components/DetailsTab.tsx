import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useCan } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { useSaveForm } from '../../../forms/use-save-form';
import { DETAIL_FIELDS, detailsValues, toDetailsInput, validateDetails, type DetailField } from '../forms/details-form';
import { UPDATE_WORKER_DETAILS_MUTATION, type WorkerProfile } from '../graphql/worker-profile.graphql';
import { formatDateTime } from '../format';
import { writeProfile } from '../hooks/write-profile';

const LABELS: Record<DetailField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  phone: 'Phone',
  address: 'Address',
  emergencyContactName: 'Emergency contact name',
  emergencyContactPhone: 'Emergency contact phone',
};

export interface DetailsTabProps {
  userId: string;
  details: WorkerProfile['details'];
}

/**
 * The worker's personal details. The worker edits the same details in the portal and the latest
 * save wins (no version check), so the form says who changed them last.
 */
export function DetailsTab({ userId, details }: DetailsTabProps) {
  const canEdit = useCan('planner.users.manage');
  const [edits, setEdits] = useState<Partial<Record<DetailField, string>>>({});
  const form = useSaveForm(DETAIL_FIELDS);
  const [update, { loading }] = useMutation(UPDATE_WORKER_DETAILS_MUTATION, {
    update: (cache, { data }) => writeProfile(cache, userId, data?.updateWorkerDetails),
  });
  const values = { ...detailsValues(details), ...edits };
  const dirty = Object.keys(edits).length > 0;

  const save = form.onSubmit(
    async () => {
      await update({ variables: { userId, input: toDetailsInput(values) } });
      setEdits({});
    },
    () => validateDetails(values),
  );

  return (
    <form className="card planner-form" aria-label="Worker details" onSubmit={save} noValidate>
      <p className="muted" data-testid="details-updated">
        {details.updatedAt
          ? `Last updated ${formatDateTime(details.updatedAt)}${details.updatedBy ? ` by ${details.updatedBy}` : ''}.`
          : 'Not changed since the account was created.'}
      </p>
      <div className="planner-grid">
        {DETAIL_FIELDS.map((field) => (
          <FormField
            key={field}
            label={LABELS[field]}
            required={field === 'firstName' || field === 'lastName'}
            type={field.toLowerCase().includes('phone') ? 'tel' : 'text'}
            autoComplete="off"
            value={values[field]}
            error={form.errors.fields[field]}
            readOnly={!canEdit}
            onChange={(event) => {
              form.clearSaved();
              setEdits((current) => ({ ...current, [field]: event.target.value }));
            }}
          />
        ))}
      </div>
      {form.errors.form && <Alert title="The details were not saved">{form.errors.form}</Alert>}
      {canEdit && (
        <div className="form-actions">
          <Button type="submit" variant="primary" pending={loading} disabled={!dirty}>
            Save details
          </Button>
          {dirty && (
            <Button variant="ghost" onClick={() => setEdits({})}>
              Discard changes
            </Button>
          )}
          {form.saved && (
            <span role="status" className="planner-saved">
              Saved.
            </span>
          )}
        </div>
      )}
    </form>
  );
}
