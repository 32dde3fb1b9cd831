import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useCan } from '../../auth/viewer-context';
import type { PayType } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { SelectField } from '../../../ui/SelectField';
import { useSaveForm } from '../../../forms/use-save-form';
import { toCompensationInput, validateCompensation, type CompensationValues } from '../forms/compensation-form';
import { SET_COMPENSATION_MUTATION, type WorkerProfile } from '../graphql/worker-profile.graphql';
import { writeProfile } from '../hooks/write-profile';
import { PAY_TYPE_LABELS } from '../planner-labels';

const FIELDS = ['payType', 'rate', 'currency'] as const;

export interface CompensationTabProps {
  userId: string;
  compensation: WorkerProfile['compensation'];
}

/** Pay type, rate and currency; the page only shows this tab to viewers allowed to read it. */
export function CompensationTab({ userId, compensation }: CompensationTabProps) {
  const canEdit = useCan('planner.users.manage');
  const [values, setValues] = useState<CompensationValues>({
    payType: compensation?.payType ?? 'HOURLY',
    rate: compensation?.rate ?? '',
    currency: compensation?.currency ?? 'EUR',
  });
  const form = useSaveForm(FIELDS);
  const [save, { loading }] = useMutation(SET_COMPENSATION_MUTATION, {
    update: (cache, { data }) => writeProfile(cache, userId, data?.setCompensation),
  });
  const change = (changes: Partial<CompensationValues>) => {
    form.clearSaved();
    setValues((current) => ({ ...current, ...changes }));
  };

  const submit = form.onSubmit(
    () => save({ variables: { userId, input: toCompensationInput(values) } }),
    () => validateCompensation(values),
  );

  return (
    <form className="card planner-form" aria-label="Compensation" onSubmit={submit} noValidate>
      {!compensation && <p className="muted">No compensation recorded yet.</p>}
      <div className="planner-grid planner-grid--three">
        <SelectField label="Pay type" value={values.payType} disabled={!canEdit} onChange={(event) => change({ payType: event.target.value as PayType })}>
          {(Object.keys(PAY_TYPE_LABELS) as PayType[]).map((type) => (
            <option key={type} value={type}>
              {PAY_TYPE_LABELS[type]}
            </option>
          ))}
        </SelectField>
        <FormField label="Rate" inputMode="decimal" readOnly={!canEdit} value={values.rate} error={form.errors.fields.rate} hint="Per pay period, e.g. 18.50" onChange={(event) => change({ rate: event.target.value })} />
        <FormField label="Currency" maxLength={3} readOnly={!canEdit} value={values.currency} error={form.errors.fields.currency} hint="ISO code, e.g. EUR" onChange={(event) => change({ currency: event.target.value })} />
      </div>
      {form.errors.form && <Alert title="The compensation was not saved">{form.errors.form}</Alert>}
      {canEdit && (
        <div className="form-actions">
          <Button type="submit" variant="primary" pending={loading}>
            Save compensation
          </Button>
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
