import { useMemo } from 'react';
import { FormField } from '../../../ui/FormField';
import type { useAuditFilters } from '../hooks/use-audit-filters';
import { AuditFilterActions } from './AuditResults';
import { RecordPicker } from './RecordPicker';

const KNOWN_ACTIONS = [
  'role.',
  'role.create',
  'role.rename',
  'role.set_parents',
  'role.delete',
  'role.restore',
  'role.grant_permissions',
  'role.revoke_permissions',
  'user.',
  'user.grant_permissions',
  'user.revoke_permissions',
  'super_admin.',
  'approval_group.',
  'holiday_delegation.',
];

export interface AuditFilterFormProps {
  filters: ReturnType<typeof useAuditFilters>;
  /** Whether the viewer may read users, so the pickers can search them by name. */
  canReadUsers: boolean;
  roles: ReadonlyArray<{ id: string; name: string }>;
}

/** Action, actor, target and period of a tenant audit list; people and roles are picked by name. */
export function AuditFilterForm({ filters, canReadUsers, roles }: AuditFilterFormProps) {
  const { field, apply, clear, active, searchKey } = filters;
  const roleRecords = useMemo(() => roles.map((role) => ({ id: role.id, name: role.name, kind: 'Role' })), [roles]);
  const pick = (key: 'actor' | 'target') => ({ value: field(key).value, onChange: (id: string) => field(key).onChange({ target: { value: id } }) });
  return (
    <form className="card audit-filters" onSubmit={apply} aria-label="Filter the audit log">
      <FormField
        label="Action"
        name="action"
        list="audit-actions"
        placeholder="role. or role.create"
        title="An action, or a prefix ending in “.”"
        spellCheck={false}
        {...field('action')}
      />
      <datalist id="audit-actions">
        {KNOWN_ACTIONS.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <RecordPicker label="Actor" name="actor" placeholder="A user's name" users={canReadUsers} records={[]} resetKey={searchKey} {...pick('actor')} />
      <RecordPicker
        label="Target"
        name="target"
        placeholder="A user's or role's name"
        users={canReadUsers}
        records={roleRecords}
        resetKey={searchKey}
        {...pick('target')}
      />
      <FormField label="From" name="from" type="date" {...field('from')} />
      <FormField label="To" name="to" type="date" {...field('to')} />
      <AuditFilterActions filtered={active.length > 0} onClear={clear} />
    </form>
  );
}
