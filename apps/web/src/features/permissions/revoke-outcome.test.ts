import { describe, expect, it } from 'vitest';
import { revokeOutcome } from './revoke-outcome';

const NAMES: Record<string, string> = { 'vault.secrets.read': 'View secrets', 'vault.secrets.reveal': 'Reveal secrets', 'vault.access': 'Access Vault' };
const nameOf = (key: string) => NAMES[key] ?? key;

describe('revokeOutcome', () => {
  it("reports the cascade and what is left inactive from the server's answer", () => {
    const answer = {
      revoked: ['vault.secrets.read', 'vault.secrets.reveal'],
      cascaded: ['vault.secrets.reveal'],
      notOwned: [],
      rolesAffected: [{ roleName: 'Night Shift', inactive: ['vault.secrets.reveal'] }],
      usersAffected: [{ userId: 'u1', inactive: ['vault.secrets.reveal'] }],
    };
    expect(revokeOutcome(answer, { kind: 'role', id: 'r1', name: 'Night Buyer' }, 'vault.secrets.read', nameOf)).toEqual({
      title: 'Night Buyer: View secrets revoked',
      lines: [
        'Also revoked (cascade): Reveal secrets.',
        'Now inactive for Night Shift: Reveal secrets.',
        '1 user is left with inactive permissions.',
      ],
    });
  });

  it("names only the user's own inactive permissions for a direct revoke", () => {
    const answer = { revoked: ['vault.secrets.read'], cascaded: [], notOwned: [], usersAffected: [{ userId: 'u1', inactive: ['vault.secrets.reveal'] }] };
    expect(revokeOutcome(answer, { kind: 'user', id: 'u1', name: 'Elena' }, 'vault.secrets.read', nameOf)).toEqual({
      title: 'Elena: View secrets revoked',
      lines: ['Now inactive for Elena: Reveal secrets.'],
    });
  });

  it('says nothing was revoked when the server removed nothing', () => {
    const answer = { revoked: [], cascaded: [], notOwned: ['vault.access'], usersAffected: [] };
    expect(revokeOutcome(answer, { kind: 'user', id: 'u1', name: 'Elena' }, 'vault.access', nameOf)).toEqual({
      title: 'Elena: nothing revoked',
      lines: ['Not held by Elena directly, so nothing removed: Access Vault.'],
    });
  });
});
