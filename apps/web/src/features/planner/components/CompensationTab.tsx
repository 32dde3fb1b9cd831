import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useCan } from '../../auth/viewer-context';
import type { PayType } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { SelectField } from '../../../ui/SelectField';
import { toCompensationInput, validateCompensation, type CompensationValues } from '../forms/compensation-form';
import { hasErrors } from '../forms/field-errors';
import { SET_COMPENSATION_MUTATION, type WorkerProfile } from '../graphql/worker-profile.graphql';
import { useFormFailure } from '../hooks/use-form-failure';
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
  const [saved, setSaved] = useState(false);
  const failure = useFormFailure(FIELDS);
  const [save, { loading }] = useMutation(SET_COMPENSATION_MUTATION, {
    update: (cache, { data }) => writeProfile(cache, userId, data?.setCompensation),
  });
  const change = (changes: Partial<CompensationValues>) => {
    setSaved(false);
    setValues((current) => ({ ...current, ...changes }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    failure.reset();
    const invalid = validateCompensation(values);
    if (hasErrors(invalid)) return failure.setFields(invalid);
    try {
      await save({ variables: { userId, input: toCompensationInput(values) } });
      setSaved(true);
    } catch (caught) {
      failure.fromApi(caught);
    }
  }

  return (
    <form className="card planner-form" aria-label="Compensation" onSubmit={(event) => void submit(event)} noValidate>
      {!compensation && <p className="muted">No compensation recorded yet.</p>}
      <div className="planner-grid planner-grid--three">
        <SelectField label="Pay type" value={values.payType} disabled={!canEdit} onChange={(event) => change({ payType: event.target.value as PayType })}>
          {(Object.keys(PAY_TYPE_LABELS) as PayType[]).map((type) => (
            <option key={type} value={type}>
              {PAY_TYPE_LABELS[type]}
            </option>
          ))}
        </SelectField>
        <FormField label="Rate" inputMode="decimal" readOnly={!canEdit} value={values.rate} error={failure.fields.rate} hint="Per pay period, e.g. 18.50" onChange={(event) => change({ rate: event.target.value })} />
        <FormField label="Currency" maxLength={3} readOnly={!canEdit} value={values.currency} error={failure.fields.currency} hint="ISO code, e.g. EUR" onChange={(event) => change({ currency: event.target.value })} />
      </div>
      {failure.form && <Alert title="The compensation was not saved">{failure.form}</Alert>}
      {canEdit && (
        <div className="form-actions">
          <Button type="submit" variant="primary" pending={loading}>
            Save compensation
          </Button>
          {saved && (
            <span role="status" className="planner-saved">
              Saved.
            </span>
          )}
        </div>
      )}
    </form>
  );
}
