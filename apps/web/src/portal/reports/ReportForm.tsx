import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { PORTAL_DASHBOARD_QUERY } from '../dashboard/dashboard.graphql';
import { shiftHours } from '../shell/dates';
import { useSaveForm } from '../../forms/use-save-form';
import { TextAreaField } from '../../ui/TextAreaField';
import type { PendingReportShift } from './reports.graphql';
import { MY_REPORTS_QUERY, SUBMIT_AFTER_SHIFT_REPORT_MUTATION } from './reports.graphql';

type Field = 'hoursWorked' | 'notes' | 'incidents';
const FIELDS: readonly Field[] = ['hoursWorked', 'notes', 'incidents'];

interface Props {
  shift: PendingReportShift;
  onCancel: () => void;
  onSubmitted: () => void;
}

/** Hours worked (the shift's length to start with), notes and incidents for one ended shift. */
export function ReportForm({ shift, onCancel, onSubmitted }: Props) {
  const [hours, setHours] = useState(String(shiftHours(shift.startsAt, shift.endsAt)));
  const [notes, setNotes] = useState('');
  const [incidents, setIncidents] = useState('');
  const form = useSaveForm(FIELDS);
  const { errors } = form;
  const [submit, { loading }] = useMutation(SUBMIT_AFTER_SHIFT_REPORT_MUTATION, {
    refetchQueries: [MY_REPORTS_QUERY, PORTAL_DASHBOARD_QUERY],
    awaitRefetchQueries: true,
  });

  const hoursWorked = Number(hours);
  const send = form.onSubmit(
    async () => {
      await submit({
        variables: { input: { shiftId: shift.id, hoursWorked, notes: notes.trim() || null, incidents: incidents.trim() || null } },
      });
      onSubmitted();
    },
    () =>
      !hours.trim() || !Number.isFinite(hoursWorked) || hoursWorked <= 0 || hoursWorked > 24
        ? { hoursWorked: 'Enter the hours you worked: more than 0, at most 24.' }
        : {},
  );

  return (
    <form className="portal-form" onSubmit={send} noValidate aria-label={`Report for ${shift.title}`}>
      <FormField
        label="Hours worked"
        type="number"
        inputMode="decimal"
        min={0.25}
        max={24}
        step={0.25}
        required
        value={hours}
        error={errors.fields.hoursWorked}
        onChange={(event) => setHours(event.target.value)}
        className="portal-form__short"
      />
      <TextAreaField label="Notes" hint="Anything your scheduler should know about the shift." value={notes} error={errors.fields.notes} onChange={(event) => setNotes(event.target.value)} />
      <TextAreaField
        label="Incidents"
        hint="Accidents, damage or safety issues. Leave empty if there were none."
        value={incidents}
        error={errors.fields.incidents}
        onChange={(event) => setIncidents(event.target.value)}
      />
      {errors.form && <Alert title="The report was not sent">{errors.form}</Alert>}
      <div className="portal-form__actions">
        <Button type="submit" variant="primary" pending={loading}>
          Submit report
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
