import { describe, expect, it } from 'vitest';
import type { MatrixCell } from '../graphql/permissions.graphql';
import { cellText } from './cell-text';

const names: Record<string, string> = { 'vault.access': 'Access Vault', 'vault.secrets.read': 'View secrets' };
const nameOf = (key: string) => names[key] ?? key;
const cell = (state: MatrixCell['state'], extra: Partial<MatrixCell> = {}): MatrixCell => ({
  key: 'vault.secrets.reveal',
  state,
  toggleable: state !== 'INHERITED',
  inheritedFrom: [],
  missing: [],
  ...extra,
});
const buyer = { roleId: 'b', roleName: 'Buyer', path: ['Senior Buyer', 'Buyer'] };

describe('All roles grid cell text', () => {
  it('names the source of an inherited cell', () => {
    expect(cellText(cell('INHERITED', { inheritedFrom: [buyer] }), nameOf)).toEqual({
      state: 'inherited from Buyer, change it on the parent role',
      caption: 'from Buyer',
      title: 'Inherited from Buyer (Senior Buyer → Buyer)',
      inactive: false,
    });
  });

  it('says what an unavailable cell needs', () => {
    const text = cellText(cell('UNAVAILABLE', { missing: ['vault.secrets.read', 'vault.access'] }), nameOf);
    expect(text.state).toBe('not granted, needs View secrets, Access Vault');
    expect(text.caption).toBe('needs View secrets +1');
  });

  it('marks a held cell whose prerequisite is gone as inactive', () => {
    const text = cellText(cell('GRANTED', { missing: ['vault.secrets.read'] }), nameOf);
    expect(text).toMatchObject({ state: 'granted; inactive, needs View secrets', caption: 'inactive', inactive: true });
  });

  it('says granted or not granted otherwise', () => {
    expect(cellText(cell('GRANTED'), nameOf)).toMatchObject({ state: 'granted', caption: null });
    expect(cellText(cell('GRANTED', { inheritedFrom: [buyer] }), nameOf)).toMatchObject({
      state: 'granted; also inherited from Buyer',
      caption: 'also Buyer',
    });
    expect(cellText(cell('OFF'), nameOf)).toMatchObject({ state: 'not granted', caption: null });
  });
});
