import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { normalizeRestrictions } from '../forms/restrictions';
import { SET_RESTRICTIONS_MUTATION } from '../graphql/worker-profile.graphql';
import { writeProfile } from '../hooks/write-profile';

export interface RestrictionsTabProps {
  userId: string;
  restrictions: readonly string[];
}

/** Free-text scheduling restrictions ("No night shifts"): edit the list, then save it whole. */
export function RestrictionsTab({ userId, restrictions }: RestrictionsTabProps) {
  const canEdit = useCan('planner.users.manage');
  const [list, setList] = useState<string[]>(() => [...restrictions]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SET_RESTRICTIONS_MUTATION, {
    update: (cache, { data }) => writeProfile(cache, userId, data?.setRestrictions),
  });
  const dirty = normalizeRestrictions(list).join('\n') !== restrictions.join('\n');

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.trim()) return;
    setSaved(false);
    setList((current) => normalizeRestrictions([...current, draft]));
    setDraft('');
  }

  async function submit() {
    setError(null);
    try {
      const result = await save({ variables: { userId, restrictions: normalizeRestrictions(list) } });
      if (result.data) setList([...result.data.setRestrictions.restrictions]);
      setSaved(true);
    } catch (caught) {
      setError(errorDetails(caught).message);
    }
  }

  return (
    <section className="card planner-form" aria-label="Restrictions">
      {list.length === 0 ? (
        <p className="muted">No restrictions: the worker can be scheduled on any shift that fits their hours.</p>
      ) : (
        <ul className="planner-restrictions" aria-label="Restrictions list">
          {list.map((entry, index) => (
            <li key={`${index}-${entry}`}>
              {canEdit ? (
                <>
                  <FormField
                    label={`Restriction ${index + 1}`}
                    className="planner-restrictions__field"
                    value={entry}
                    onChange={(event) => {
                      setSaved(false);
                      setList((current) => current.map((value, i) => (i === index ? event.target.value : value)));
                    }}
                  />
                  <Button
                    variant="ghost"
                    aria-label={`Remove restriction ${entry}`}
                    onClick={() => {
                      setSaved(false);
                      setList((current) => current.filter((_, i) => i !== index));
                    }}
                  >
                    Remove
                  </Button>
                </>
              ) : (
                entry
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <>
          <form className="planner-inline-form" aria-label="Add a restriction" onSubmit={add}>
            <FormField label="New restriction" placeholder="e.g. No night shifts" value={draft} onChange={(event) => setDraft(event.target.value)} />
            <Button type="submit">Add</Button>
          </form>
          {error && <Alert title="The restrictions were not saved">{error}</Alert>}
          <div className="form-actions">
            <Button variant="primary" pending={loading} disabled={!dirty} onClick={() => void submit()}>
              Save restrictions
            </Button>
            {saved && (
              <span role="status" className="planner-saved">
                Saved.
              </span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
