import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FieldShell } from '../../../ui/FieldShell';
import type { UserState } from '../../../gql/graphql';
import { AUDIT_PICKER_USER_QUERY, AUDIT_PICKER_USERS_QUERY } from '../graphql/audit-pickers.graphql';

/** A record offered by name from a list the page already holds (roles; tenants and super admins). */
export interface PickableRecord {
  id: string;
  name: string;
  /** What the option says it is: "Role", "Tenant", "Super admin". */
  kind: string;
}

interface Option {
  id: string;
  label: string;
  kind: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPING_DELAY_MS = 200;

export interface RecordPickerProps {
  label: string;
  name: string;
  placeholder: string;
  /** The picked record's id ('' for none): what the address keeps. */
  value: string;
  /** `label` comes with a pick from the list (how the option read), not with a pasted id. */
  onChange: (id: string, label?: string) => void;
  /** Users are searched on the server when the viewer may read them. */
  users: boolean;
  /** Only users in these states are offered (default: every live state). */
  userStates?: readonly UserState[];
  /** Records to offer by name as well (roles for a tenant's target; tenants and super admins on the platform trail). */
  records: readonly PickableRecord[];
  /** Changes when the applied filters do: drops keystrokes that never became a pick. */
  resetKey: string;
  error?: string;
}

/**
 * A combobox (ARIA 1.2, list autocomplete) that finds users and listed records by name and yields the id.
 * A pasted id is taken as it is, so records no longer listed (a super admin, a deleted user) stay reachable.
 */
export function RecordPicker({ label, name, placeholder, value, onChange, users, userStates, records, resetKey, error }: RecordPickerProps) {
  const listId = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Named at once when picked, before (or without) the look-up by id.
  const [chosen, setChosen] = useState<Option | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setSearch((typed ?? '').trim()), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  // Changed from outside (Clear, Back, a link): show the record, not old keystrokes. A change this
  // field made itself while typing is its own echo and keeps the keystrokes.
  const ownChange = useRef<string | null>(null);
  useEffect(() => {
    const echo = ownChange.current === value;
    ownChange.current = null;
    if (!echo) setTyped(null);
  }, [value, resetKey]);

  const { data: found } = useQuery(AUDIT_PICKER_USERS_QUERY, { skip: !users || !search || UUID.test(search), variables: { name: search, states: userStates ? [...userStates] : null } });
  const { data: picked, error: pickedError } = useQuery(AUDIT_PICKER_USER_QUERY, {
    skip: !users || !UUID.test(value) || records.some((record) => record.id === value) || chosen?.id === value,
    variables: { id: value },
  });

  const needle = (typed ?? '').trim().toLowerCase();
  const options: Option[] = needle
    ? [
        ...(found?.users.edges ?? []).map(({ node }) => ({ id: node.id, label: `${node.displayName} (${node.username})`, kind: 'User' })),
        ...records
          .filter((record) => record.name.toLowerCase().includes(needle))
          .slice(0, 8)
          .map((record) => ({ id: record.id, label: record.name, kind: record.kind })),
      ]
    : [];
  const expanded = open && options.length > 0;

  const pickedLabel =
    records.find((record) => record.id === value)?.name ??
    (chosen?.id === value ? chosen.label : undefined) ??
    (picked?.user.id === value ? `${picked.user.displayName} (${picked.user.username})` : pickedError ? value : undefined);
  const shown = typed ?? (value ? (pickedLabel ?? value) : '');

  function choose(option: Option) {
    setChosen(option);
    setOpen(false);
    setTyped(null);
    onChange(option.id, option.label);
  }

  function type(text: string) {
    setTyped(text);
    setOpen(true);
    setActive(0);
    const id = UUID.test(text.trim()) ? text.trim() : '';
    if (id !== value) {
      ownChange.current = id;
      onChange(id);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (expanded ? (index + 1) % options.length : 0));
    } else if (event.key === 'ArrowUp' && expanded) {
      event.preventDefault();
      setActive((index) => (index - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded && options[active]) {
      // Picks the option instead of submitting the filters with a half-typed name.
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <FieldShell label={label} error={error} className="record-picker">
      {(control) => (
        <>
          <input
            {...control}
            className="field__input"
            name={name}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
            value={shown}
            onChange={(event) => type(event.target.value)}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
          />
          <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="record-picker__list" hidden={!expanded}>
            {options.map((option, index) => (
              <li
                key={`${option.kind}-${option.id}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="record-picker__option"
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
              >
                {option.label} <span className="record-picker__kind">{option.kind}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </FieldShell>
  );
}
