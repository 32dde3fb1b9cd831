import { describe, expect, it } from 'vitest';
import type { MatrixModule } from '../graphql/permissions.graphql';
import { filterModules } from '../filter-modules';
import { gridRows } from './grid-rows';

const perm = (key: string, name = key) => ({ key, name, description: '', prerequisites: [] });
const modules: MatrixModule[] = [
  { key: 'vault', name: 'Vault', permissions: [perm('vault.access'), perm('vault.secrets.read', 'View secrets')] },
  { key: 'audit', name: 'Audit', permissions: [perm('audit.access'), perm('audit.read')] },
];
const describeRows = (rows: ReturnType<typeof gridRows>) =>
  rows.map((row) => (row.kind === 'module' ? `[${row.module.key}${row.expanded ? '' : ' +'}]` : row.permission.key));

describe('All roles grid rows', () => {
  it('lists a header row per module and the permissions of the expanded ones', () => {
    const rows = gridRows(filterModules(modules, ''), (key) => key === 'vault');
    expect(describeRows(rows)).toEqual(['[vault]', 'vault.access', 'vault.secrets.read', '[audit +]']);
  });

  it('keeps only the modules and permissions the filter matches', () => {
    const rows = gridRows(filterModules(modules, 'secrets'), () => true);
    expect(describeRows(rows)).toEqual(['[vault]', 'vault.secrets.read']);
    expect(rows[0]?.kind === 'module' && rows[0].permissions.length).toBe(1);
  });
});
