import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { PLANNER_USERS_QUERY } from '../graphql/planner-users.graphql';
import { ASSIGN_SHIFT_MUTATION, OFFER_SHIFT_MUTATION, type ShiftDetail } from '../graphql/shifts.graphql';
import { useDebouncedText } from '../../../hooks/use-debounced-text';
import { AFFILIATION_LABELS } from '../planner-labels';

const PICKER_SIZE = 20;

export interface OfferShiftPickerProps {
  shiftId: string;
  offers: ShiftDetail['offers'];
}

/**
 * "Offer to workers": pick planner users and offer them the shift, or put one of them on it
 * directly. The API checks skill, availability and account state, and its refusal (naming the
 * person and why) is shown as is.
 */
export function OfferShiftPicker({ shiftId, offers }: OfferShiftPickerProps) {
  const [search, setSearch] = useState('');
  const [draft, setDraft] = useDebouncedText(search, setSearch);
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { data, loading } = useQuery(PLANNER_USERS_QUERY, {
    variables: { first: PICKER_SIZE, filter: { search: search.trim() || null } },
  });
  const [offerShift, offerState] = useMutation(OFFER_SHIFT_MUTATION);
  const [assignShift, assignState] = useMutation(ASSIGN_SHIFT_MUTATION);
  const [refusalTitle, setRefusalTitle] = useState('The shift was not offered');
  // Someone with an open or accepted offer has it already; declined or withdrawn can be asked again.
  const holding = new Set(offers.filter((offer) => offer.status === 'OFFERED' || offer.status === 'ACCEPTED').map((offer) => offer.worker.id));
  const candidates = (data?.plannerUsers.edges ?? []).map((edge) => edge.node).filter((user) => !holding.has(user.id) && user.inviteStatus !== 'INACTIVE');

  function toggle(id: string, name: string, on: boolean) {
    setDone(null);
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(id, name);
      else next.delete(id);
      return next;
    });
  }

  async function offer() {
    setRefusal(null);
    setDone(null);
    try {
      await offerShift({ variables: { shiftId, userIds: [...selected.keys()] } });
      setDone(`Offered to ${[...selected.values()].join(', ')}.`);
      setSelected(new Map());
    } catch (caught) {
      setRefusalTitle('The shift was not offered');
      setRefusal(errorDetails(caught).message);
    }
  }

  async function assign() {
    const [[userId, name] = []] = [...selected];
    if (!userId) return;
    setRefusal(null);
    setDone(null);
    try {
      await assignShift({ variables: { shiftId, userId } });
      setDone(`${name} is assigned to the shift and was notified.`);
      setSelected(new Map());
    } catch (caught) {
      setRefusalTitle('The shift was not assigned');
      setRefusal(errorDetails(caught).message);
    }
  }

  return (
    <section className="card planner-form" aria-labelledby="offer-heading">
      <h2 className="card__title" id="offer-heading">
        Offer to workers
      </h2>
      <p className="card__lead">
        Each worker is emailed the offer (if they have not turned that off) and answers in the portal. Assigning puts one worker on the shift
        without asking; they are emailed too.
      </p>
      <FormField label="Find planner users" type="search" placeholder="Name, username or email" value={draft} onChange={(event) => setDraft(event.target.value)} />
      <fieldset className="planner-picker" aria-busy={loading || undefined}>
        <legend className="visually-hidden">Workers to offer the shift to</legend>
        {candidates.length === 0 && !loading && <p className="muted">No planner user to offer it to{search ? ' matches the search' : ''}.</p>}
        {candidates.map((user) => (
          <label key={user.id} className="checkbox planner-picker__option">
            <input type="checkbox" checked={selected.has(user.id)} onChange={(event) => toggle(user.id, user.displayName, event.target.checked)} />
            <span>
              {user.displayName} <span className="muted">· {AFFILIATION_LABELS[user.affiliation]} · {user.email}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {refusal && <Alert title={refusalTitle}>{refusal}</Alert>}
      {done && (
        <p role="status" className="planner-saved">
          {done}
        </p>
      )}
      <div className="form-actions">
        <Button variant="primary" pending={offerState.loading} disabled={selected.size === 0} onClick={() => void offer()}>
          {selected.size > 1 ? `Offer to ${selected.size} workers` : 'Offer shift'}
        </Button>
        <Button pending={assignState.loading} disabled={selected.size !== 1} onClick={() => void assign()}>
          Assign directly
        </Button>
      </div>
    </section>
  );
}
