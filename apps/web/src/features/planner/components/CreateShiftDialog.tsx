import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { SelectField } from '../../../ui/SelectField';
import { useSaveForm } from '../../../forms/use-save-form';
import { useViewer } from '../../auth/viewer-context';
import { EMPTY_SHIFT, toCreateShiftInput, validateShift, type ShiftValues } from '../forms/shift-form';
import { CREATE_SHIFT_MUTATION } from '../graphql/shifts.graphql';
import { SKILLS_QUERY } from '../graphql/skills.graphql';

const FIELDS = ['title', 'startsAt', 'endsAt', 'location', 'requiredSkillId', 'headcount', 'notes'] as const;

export interface CreateShiftDialogProps {
  onClose: () => void;
  onCreated: (shiftId: string) => void;
}

/** A new shift: when, where, which skill it needs and how many workers. Times are in the organisation's zone. */
export function CreateShiftDialog({ onClose, onCreated }: CreateShiftDialogProps) {
  const [values, setValues] = useState<ShiftValues>(EMPTY_SHIFT);
  const timeZone = useViewer().tenantTimeZone;
  const form = useSaveForm(FIELDS);
  const { data: catalogue } = useQuery(SKILLS_QUERY);
  const [createShift, { loading }] = useMutation(CREATE_SHIFT_MUTATION, { refetchQueries: ['Shifts'] });

  const bind = (field: Exclude<keyof ShiftValues, 'requiredSkillId'>) => ({
    value: values[field],
    error: form.errors.fields[field],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  const submit = form.onSubmit(
    async () => {
      const result = await createShift({ variables: { input: toCreateShiftInput(values, timeZone) } });
      if (result.data) onCreated(result.data.createShift.id);
    },
    () => validateShift(values, timeZone),
  );

  return (
    <Dialog open title="New shift" size="medium" onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="planner-grid">
          <FormField label="Title" required autoComplete="off" {...bind('title')} />
          <FormField label="Location" required autoComplete="off" {...bind('location')} />
          <FormField label="Start" required type="datetime-local" hint={`In ${timeZone}.`} {...bind('startsAt')} />
          <FormField label="End" required type="datetime-local" hint={`In ${timeZone}.`} {...bind('endsAt')} />
          <SelectField
            label="Required skill"
            value={values.requiredSkillId}
            error={form.errors.fields.requiredSkillId}
            hint="Only workers with this skill can be offered the shift."
            onChange={(event) => setValues((current) => ({ ...current, requiredSkillId: event.target.value }))}
          >
            <option value="">No skill required</option>
            {catalogue?.skills.map((skill) => (
              <option key={skill.id} value={skill.id}>
                {skill.name}
              </option>
            ))}
          </SelectField>
          <FormField label="Headcount" required type="number" min={1} step={1} hint="How many workers the shift needs." {...bind('headcount')} />
        </div>
        <FormField label="Notes" autoComplete="off" {...bind('notes')} />
        {form.errors.form && <Alert title="The shift was not created">{form.errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading}>
            Create shift
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
