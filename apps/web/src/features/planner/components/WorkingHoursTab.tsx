import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useCan } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { useSaveForm } from '../../../forms/use-save-form';
import { toWorkingHoursInput, validateWorkingHours, workingHoursValues, type WorkingDayRow, type WorkingHoursValues } from '../forms/working-hours-form';
import { SET_WORKING_HOURS_MUTATION, type WorkerProfile } from '../graphql/worker-profile.graphql';
import { writeProfile } from '../hooks/write-profile';
import { WEEKDAYS } from '../planner-labels';

const FIELDS = ['contractedHoursPerWeek', 'maxHoursPerWeek', 'days'] as const;

export interface WorkingHoursTabProps {
  userId: string;
  hours: WorkerProfile['workingHours'];
}

/** A row per weekday (works that day, from, to) plus the contracted and maximum hours per week. */
export function WorkingHoursTab({ userId, hours }: WorkingHoursTabProps) {
  const canEdit = useCan('planner.users.manage');
  const [values, setValues] = useState<WorkingHoursValues>(() => workingHoursValues(hours));
  // The form's own checks also name a weekday (`day-1`), which the API never does.
  const form = useSaveForm<string>(FIELDS);
  const [save, { loading }] = useMutation(SET_WORKING_HOURS_MUTATION, {
    update: (cache, { data }) => writeProfile(cache, userId, data?.setWorkingHours),
  });

  const change = (changes: Partial<WorkingHoursValues>) => {
    form.clearSaved();
    setValues((current) => ({ ...current, ...changes }));
  };
  const changeDay = (weekday: number, changes: Partial<WorkingDayRow>) =>
    change({ days: values.days.map((day) => (day.weekday === weekday ? { ...day, ...changes } : day)) });

  const submit = form.onSubmit(
    () => save({ variables: { userId, input: toWorkingHoursInput(values) } }),
    () => validateWorkingHours(values),
  );

  return (
    <form className="card planner-form" aria-label="Working hours" onSubmit={submit} noValidate>
      <div className="planner-grid">
        <FormField
          label="Contracted hours per week"
          type="number"
          min={0}
          max={168}
          step="0.5"
          readOnly={!canEdit}
          value={values.contractedHoursPerWeek}
          error={form.errors.fields.contractedHoursPerWeek}
          onChange={(event) => change({ contractedHoursPerWeek: event.target.value })}
        />
        <FormField
          label="Maximum hours per week"
          type="number"
          min={0}
          max={168}
          step="0.5"
          readOnly={!canEdit}
          value={values.maxHoursPerWeek}
          error={form.errors.fields.maxHoursPerWeek}
          onChange={(event) => change({ maxHoursPerWeek: event.target.value })}
        />
      </div>
      <fieldset className="planner-weekdays">
        <legend className="field__label">Working days</legend>
        {values.days.map((day) => {
          const name = WEEKDAYS[day.weekday - 1] ?? `Day ${day.weekday}`;
          const error = form.errors.fields[`day-${day.weekday}`];
          return (
            <div key={day.weekday} className={error ? 'planner-weekday field--invalid' : 'planner-weekday'}>
              <label className="checkbox planner-weekday__name">
                <input type="checkbox" checked={day.works} disabled={!canEdit} onChange={(event) => changeDay(day.weekday, { works: event.target.checked })} />
                <span>{name}</span>
              </label>
              {day.works ? (
                <>
                  <FormField label={`${name} start`} type="time" readOnly={!canEdit} value={day.start} className="planner-weekday__time" onChange={(event) => changeDay(day.weekday, { start: event.target.value })} />
                  <FormField label={`${name} end`} type="time" readOnly={!canEdit} value={day.end} className="planner-weekday__time" onChange={(event) => changeDay(day.weekday, { end: event.target.value })} />
                </>
              ) : (
                <span className="muted">Not working</span>
              )}
              {error && <p className="field__error planner-weekday__error">{error}</p>}
            </div>
          );
        })}
        {form.errors.fields.days && <p className="field__error">{form.errors.fields.days}</p>}
      </fieldset>
      {form.errors.form && <Alert title="The working hours were not saved">{form.errors.form}</Alert>}
      {canEdit && (
        <div className="form-actions">
          <Button type="submit" variant="primary" pending={loading}>
            Save working hours
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
