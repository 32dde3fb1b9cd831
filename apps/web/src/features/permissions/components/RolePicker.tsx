import type { MatrixRow } from '../graphql/permissions.graphql';

/** The by-role view's choice of role. */
export function RolePicker({ rows, roleId, onChange }: { rows: readonly MatrixRow[]; roleId: string; onChange: (roleId: string) => void }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor="pm-role">
        Role
      </label>
      <select id="pm-role" className="field__input" value={roleId} onChange={(event) => onChange(event.target.value)}>
        {rows.map((candidate) => (
          <option key={candidate.role.id} value={candidate.role.id}>
            {candidate.role.name}
            {candidate.role.isSystem ? ' (system)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
