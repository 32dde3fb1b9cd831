import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { checkTimeOffRange, daysInclusive, formatDateRange, localToday } from '../shell/dates';
import { useSaveForm } from '../../forms/use-save-form';
import { TextAreaField } from '../../ui/TextAreaField';
import { MY_AVAILABILITY_QUERY, REQUEST_TIME_OFF_MUTATION } from './availability.graphql';
import { usePortalViewer } from '../shell/portal-viewer-context';

type Field = 'startDate' | 'endDate' | 'reason';
const FIELDS: readonly Field[] = ['startDate', 'endDate', 'reason'];

/** A time-off request for a range of whole days; once approved, every day becomes unavailable. */
export function TimeOffForm({ onRequested }: { onRequested: (message: string) => void }) {
  const timeZone = usePortalViewer().timeZone;
  const today = localToday(timeZone);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [reason, setReason] = useState('');
  const form = useSaveForm(FIELDS);
  const { errors } = form;
  const [request, { loading }] = useMutation(REQUEST_TIME_OFF_MUTATION, { refetchQueries: [MY_AVAILABILITY_QUERY], awaitRefetchQueries: true });
  const days = daysInclusive(startDate, endDate);

  const submit = form.onSubmit(
    async () => {
      await request({ variables: { input: { startDate, endDate, reason: reason.trim() || null } } });
      onRequested(`Time off requested for ${formatDateRange(startDate, endDate)}. Your scheduler will answer it.`);
      setStartDate('');
      setEndDate('');
      setReason('');
    },
    () => {
      const problem = checkTimeOffRange(startDate, endDate, today);
      return problem ? { [problem.field]: problem.message } : {};
    },
  );

  return (
    <form className="portal-form" onSubmit={submit} noValidate aria-label="Request time off">
      <div className="portal-form__pair">
        <FormField
          label="First day"
          type="date"
          min={today}
          required
          value={startDate}
          error={errors.fields.startDate}
          onChange={(event) => {
            setStartDate(event.target.value);
            // Most requests are a single day: the last day follows the first until it is changed.
            if (!endDate || endDate < event.target.value) setEndDate(event.target.value);
          }}
        />
        <FormField
          label="Last day"
          type="date"
          min={startDate || today}
          required
          value={endDate}
          error={errors.fields.endDate}
          onChange={(event) => setEndDate(event.target.value)}
        />
      </div>
      {days !== null && days > 0 && (
        <p className="field__hint">
          {days} {days === 1 ? 'day' : 'days'}
        </p>
      )}
      <TextAreaField label="Reason (optional)" rows={2} value={reason} error={errors.fields.reason} onChange={(event) => setReason(event.target.value)} />
      {errors.form && <Alert title="The request was not sent">{errors.form}</Alert>}
      <div className="portal-form__actions">
        <Button type="submit" variant="primary" pending={loading}>
          Request time off
        </Button>
      </div>
    </form>
  );
}
