import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { SelectField } from '../../../ui/SelectField';
import { useDebouncedText } from '../../../hooks/use-debounced-text';
import { AFFILIATIONS, INVITE_STATUSES, type PlannerUsersFilterValues } from '../hooks/use-planner-users-filters';
import { AFFILIATION_LABELS, INVITE_STATUS } from '../planner-labels';

export interface PlannerUsersFiltersProps {
  values: PlannerUsersFilterValues;
  activeCount: number;
  onChange: (changes: Partial<PlannerUsersFilterValues>) => void;
  onClear: () => void;
}

/** Seed 001 "Find a planner user": the search field and the affiliation and invite status filters. */
export function PlannerUsersFilters({ values, activeCount, onChange, onClear }: PlannerUsersFiltersProps) {
  const [search, setSearch] = useDebouncedText(values.search, (next) => onChange({ search: next }));
  return (
    <form className="card planner-filters" role="search" aria-label="Filter planner users" onSubmit={(event) => event.preventDefault()}>
      <FormField label="Search" type="search" placeholder="Name, username or email" value={search} onChange={(event) => setSearch(event.target.value)} />
      <SelectField
        label="Affiliation"
        value={values.affiliation}
        onChange={(event) => onChange({ affiliation: event.target.value as PlannerUsersFilterValues['affiliation'] })}
      >
        <option value="">Any affiliation</option>
        {AFFILIATIONS.map((affiliation) => (
          <option key={affiliation} value={affiliation}>
            {AFFILIATION_LABELS[affiliation]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Invite status"
        value={values.status}
        onChange={(event) => onChange({ status: event.target.value as PlannerUsersFilterValues['status'] })}
      >
        <option value="">Any status</option>
        {INVITE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {INVITE_STATUS[status].label}
          </option>
        ))}
      </SelectField>
      <div className="planner-filters__clear">
        {activeCount > 0 && (
          <Button variant="ghost" onClick={onClear}>
            Clear filters
          </Button>
        )}
      </div>
    </form>
  );
}
