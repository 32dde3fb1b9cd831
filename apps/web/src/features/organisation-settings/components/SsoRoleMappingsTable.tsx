import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { SelectField } from '../../../ui/SelectField';
import type { RoleMappingRow } from '../sso-form';

export interface SsoRoleMappingsTableProps {
  rows: readonly RoleMappingRow[];
  roles: ReadonlyArray<{ id: string; name: string }>;
  /** Messages by input path (`roleMappings.0.roleId`). */
  errors: Partial<Record<string, string>>;
  readOnly: boolean;
  onChange: (index: number, row: Partial<RoleMappingRow>) => void;
  onRemove: (index: number) => void;
}

/** Role claim value → role, in order: the first value a person has decides their role. */
export function SsoRoleMappingsTable({ rows, roles, errors, readOnly, onChange, onRemove }: SsoRoleMappingsTableProps) {
  if (rows.length === 0) return <p className="org-settings__note">No role mappings: everyone starts with the default role.</p>;
  return (
    <div className="table-wrap">
      <table className="table org-settings__mappings">
        <caption className="visually-hidden">Role mappings, first match wins</caption>
        <thead>
          <tr>
            <th scope="col">Claim value</th>
            <th scope="col">Role</th>
            {!readOnly && (
              <th scope="col" className="align-end">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const missingRole = row.roleId !== '' && !roles.some((role) => role.id === row.roleId);
            return (
              <tr key={row.key}>
                <td>
                  <FormField
                    label={`Claim value ${index + 1}`}
                    value={row.claimValue}
                    disabled={readOnly}
                    autoComplete="off"
                    spellCheck={false}
                    error={errors[`roleMappings.${index}.claimValue`]}
                    onChange={(event) => onChange(index, { claimValue: event.target.value })}
                  />
                </td>
                <td>
                  <SelectField
                    label={`Role for claim value ${index + 1}`}
                    value={row.roleId}
                    disabled={readOnly}
                    error={errors[`roleMappings.${index}.roleId`]}
                    onChange={(event) => onChange(index, { roleId: event.target.value })}
                  >
                    <option value="">Choose a role…</option>
                    {missingRole && <option value={row.roleId}>(a role you cannot see)</option>}
                    {roles.map((role) => (
                      <option key={role.id} value={role.id}>
                        {role.name}
                      </option>
                    ))}
                  </SelectField>
                </td>
                {!readOnly && (
                  <td className="align-end">
                    <Button variant="ghost" aria-label={`Remove the mapping of ${row.claimValue || `row ${index + 1}`}`} onClick={() => onRemove(index)}>
                      Remove
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
