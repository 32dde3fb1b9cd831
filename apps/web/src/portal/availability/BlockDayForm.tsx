import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorDetails } from '../../apollo';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { formatLocalDate, isLocalDate, localToday } from '../shell/dates';
import { BLOCK_DAY_MUTATION, MY_AVAILABILITY_QUERY } from './availability.graphql';
import { usePortalViewer } from '../shell/portal-viewer-context';

/** Blocks one whole day: a date input only, since the API refuses a time of day. */
export function BlockDayForm({ onBlocked }: { onBlocked: (message: string) => void }) {
  const timeZone = usePortalViewer().timeZone;
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [block, { loading }] = useMutation(BLOCK_DAY_MUTATION, { refetchQueries: [MY_AVAILABILITY_QUERY], awaitRefetchQueries: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isLocalDate(date)) {
      setError('Choose a day.');
      return;
    }
    setError(undefined);
    try {
      await block({ variables: { date } });
      onBlocked(`${formatLocalDate(date)} is blocked.`);
      setDate('');
    } catch (caught) {
      // The form has one field: whatever the API refuses (a time of day, a past or already blocked day) is about it.
      setError(errorDetails(caught).message);
    }
  }

  return (
    <form className="portal-form portal-form--inline" onSubmit={(event) => void submit(event)} noValidate aria-label="Block a day">
      <FormField
        label="Day"
        type="date"
        min={localToday(timeZone)}
        required
        value={date}
        hint="Whole days only."
        error={error}
        onChange={(event) => setDate(event.target.value)}
      />
      <Button type="submit" variant="primary" pending={loading}>
        Block day
      </Button>
    </form>
  );
}
