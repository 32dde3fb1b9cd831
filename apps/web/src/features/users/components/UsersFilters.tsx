import { useEffect, useState } from 'react';
import type { UserState } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { SelectField } from '../../../ui/SelectField';
import { useDebouncedText } from '../../../hooks/use-debounced-text';
import { DEFAULT_LOGIN_DAYS, type UsersFilterValues } from '../hooks/use-users-filters';
import { USER_STATE_HINTS, USER_STATE_LABELS } from '../user-state';

export interface UsersFiltersProps {
  values: UsersFilterValues;
  roles: ReadonlyArray<{ id: string; name: string }>;
  /** Deleted users: a super admin in Super Admin Active mode only. */
  canSeeDeleted: boolean;
  activeCount: number;
  onChange: (changes: Partial<Record<keyof UsersFilterValues, string>>) => void;
  onClear: () => void;
}

/** Seed 000: "Use the filters at the top of the list to narrow by name, email, role, status, or login activity." */
export function UsersFilters({ values, roles, canSeeDeleted, activeCount, onChange, onClear }: UsersFiltersProps) {
  const [name, setName] = useDebouncedText(values.name, (next) => onChange({ name: next }));
  const [email, setEmail] = useDebouncedText(values.email, (next) => onChange({ email: next }));
  const states: UserState[] = ['INTRODUCTION', 'RELEASED', 'ACTIVE', 'INACTIVE', ...(canSeeDeleted ? (['DELETED'] as const) : [])];
  // Mirrored locally: router updates are asynchronous, and a checkbox fed only from the URL would
  // flicker back for a moment after each click (see hooks/use-search-param.ts).
  const urlStatus = values.status.join(',');
  const [status, setStatus] = useState<UserState[]>(values.status);
  useEffect(() => setStatus(urlStatus ? (urlStatus.split(',') as UserState[]) : []), [urlStatus]);
  const selected = new Set(status);

  return (
    <form className="card users-filters" role="search" aria-label="Filter users" onSubmit={(event) => event.preventDefault()}>
      <div className="users-filters__row">
        <FormField label="Name" type="search" placeholder="Name or username" value={name} onChange={(event) => setName(event.target.value)} />
        <FormField label="Email" type="search" placeholder="Part of the address" value={email} onChange={(event) => setEmail(event.target.value)} />
        <SelectField label="Role" value={values.role} onChange={(event) => onChange({ role: event.target.value })}>
          <option value="">Any role</option>
          {roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </SelectField>
        <div className="users-filters__login">
          <SelectField
            label="Login activity"
            value={values.login}
            onChange={(event) => onChange({ login: event.target.value, days: event.target.value && event.target.value !== 'never' ? values.days || DEFAULT_LOGIN_DAYS : '' })}
          >
            <option value="">Any</option>
            <option value="never">Never signed in</option>
            <option value="within">Signed in within…</option>
            <option value="notWithin">Not signed in within…</option>
          </SelectField>
          {(values.login === 'within' || values.login === 'notWithin') && (
            <FormField
              label="Days"
              type="number"
              min={1}
              max={3650}
              className="users-filters__days"
              value={values.days || DEFAULT_LOGIN_DAYS}
              onChange={(event) => onChange({ days: event.target.value })}
            />
          )}
        </div>
      </div>
      <div className="users-filters__row users-filters__row--status">
        <fieldset className="users-filters__status">
          <legend className="field__label">Status</legend>
          {states.map((state) => (
            <label key={state} className="chip-check" title={USER_STATE_HINTS[state]}>
              <input
                type="checkbox"
                checked={selected.has(state)}
                onChange={(event) => {
                  const next = event.target.checked ? [...status, state] : status.filter((value) => value !== state);
                  setStatus(next);
                  onChange({ status: next.join(',') });
                }}
              />
              <span>{USER_STATE_LABELS[state]}</span>
            </label>
          ))}
        </fieldset>
        {activeCount > 0 && (
          <Button variant="ghost" onClick={onClear}>
            Clear filters
          </Button>
        )}
      </div>
    </form>
  );
}
