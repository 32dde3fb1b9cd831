import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FieldRefusal } from '../../../forms/form-errors';
import { useSaveForm } from '../../../forms/use-save-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { RecordPicker } from '../../audit/components/RecordPicker';
import { APPROVAL_QUERIES } from '../approval-queries';
import { CREATE_HOLIDAY_DELEGATION_MUTATION } from '../graphql/approvals.graphql';
import { ACTIVE_USER_STATES } from './active-user-states';

type Field = 'delegatorId' | 'delegateId' | 'startsOn' | 'endsOn';

/** A person the server could not find belongs next to the picker that named them. */
const REFUSALS: readonly FieldRefusal<Field>[] = [
  { code: 'NOT_FOUND', field: 'delegatorId' },
  { code: 'NOT_FOUND', field: 'delegateId' },
];

export interface CreateDelegationDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (summary: string) => void;
}

/** Who is away, who approves instead, from which day to which day (both included). */
export function CreateDelegationDialog({ open, onClose, onCreated }: CreateDelegationDialogProps) {
  const [delegatorId, setDelegatorId] = useState('');
  const [delegateId, setDelegateId] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [resetKey, setResetKey] = useState(0);
  const form = useSaveForm<Field>(['delegatorId', 'delegateId', 'startsOn', 'endsOn'], REFUSALS);
  const [create, { loading }] = useMutation(CREATE_HOLIDAY_DELEGATION_MUTATION, { refetchQueries: APPROVAL_QUERIES, awaitRefetchQueries: true });

  function close() {
    setDelegatorId('');
    setDelegateId('');
    setStartsOn('');
    setEndsOn('');
    setResetKey((key) => key + 1);
    form.clearErrors();
    onClose();
  }

  const submit = form.onSubmit(
    async () => {
      const { data } = await create({ variables: { input: { delegatorId, delegateId, startsOn, endsOn } } });
      const created = data?.createHolidayDelegation;
      if (created) {
        close();
        onCreated(`${created.delegate?.displayName ?? 'The delegate'} approves for ${created.delegator?.displayName ?? 'the delegator'} from ${created.startsOn} to ${created.endsOn}.`);
      }
    },
    () => ({
      ...(delegatorId ? {} : { delegatorId: 'Choose who is away' }),
      ...(delegateId ? {} : { delegateId: 'Choose who approves instead' }),
      ...(startsOn ? {} : { startsOn: 'Enter the first day away' }),
      ...(endsOn ? {} : { endsOn: 'Enter the last day away' }),
    }),
  );

  return (
    <Dialog open={open} title="Create holiday delegation" onClose={close} size="medium">
      <form className="stack" onSubmit={submit} noValidate>
        <RecordPicker
          label="Away"
          name="delegator"
          placeholder="Who is away"
          value={delegatorId}
          onChange={(id) => setDelegatorId(id)}
          users
          userStates={ACTIVE_USER_STATES}
          records={[]}
          resetKey={`delegator-${resetKey}`}
          error={form.errors.fields.delegatorId}
        />
        <RecordPicker
          label="Approves instead"
          name="delegate"
          placeholder="Who approves in their place"
          value={delegateId}
          onChange={(id) => setDelegateId(id)}
          users
          userStates={ACTIVE_USER_STATES}
          records={[]}
          resetKey={`delegate-${resetKey}`}
          error={form.errors.fields.delegateId}
        />
        <div className="approvals__dates">
          <FormField label="First day away" name="startsOn" type="date" required value={startsOn} error={form.errors.fields.startsOn} onChange={(event) => setStartsOn(event.target.value)} />
          <FormField
            label="Last day away"
            name="endsOn"
            type="date"
            required
            hint="Included."
            min={startsOn || undefined}
            value={endsOn}
            error={form.errors.fields.endsOn}
            onChange={(event) => setEndsOn(event.target.value)}
          />
        </div>
        {form.errors.form && <Alert title="The delegation was not created">{form.errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading}>
            Create delegation
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
