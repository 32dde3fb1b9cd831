import type { ReactNode } from 'react';
import { Button } from '../../../ui/Button';

/** Filter and expand/collapse, shared by both views; the by-role view puts its role picker first. */
export function ManagerToolbar({
  leading,
  filter,
  onFilter,
  onExpandAll,
  onCollapseAll,
}: {
  leading?: ReactNode;
  filter: string;
  onFilter: (value: string) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}) {
  return (
    <div className="toolbar pm-toolbar">
      {leading}
      <div className="field">
        <label className="field__label" htmlFor="pm-filter">
          Filter permissions
        </label>
        <input
          id="pm-filter"
          className="field__input"
          type="search"
          placeholder="Name, key or description"
          value={filter}
          onChange={(event) => onFilter(event.target.value)}
        />
      </div>
      <span className="toolbar__spacer" />
      <Button variant="ghost" onClick={onExpandAll}>
        Expand all
      </Button>
      <Button variant="ghost" onClick={onCollapseAll}>
        Collapse all
      </Button>
    </div>
  );
}
