import { describe, expect, it } from 'vitest';
import { deriveUserState, mustChangePasswordAtLogin } from './user-state.js';

const flags = { deleted: false, holdInvite: false, isActive: true, activated: true };

describe('deriveUserState', () => {
  it('maps stored flags to a state, deletion first, then Hold Invite', () => {
    expect(deriveUserState(flags)).toBe('active');
    expect(deriveUserState({ ...flags, activated: false })).toBe('released');
    expect(deriveUserState({ ...flags, isActive: false })).toBe('inactive');
    expect(deriveUserState({ ...flags, holdInvite: true, isActive: false })).toBe('introduction');
    expect(deriveUserState({ ...flags, deleted: true, holdInvite: true })).toBe('deleted');
  });

  it('forces a new password at the first login of a released user only', () => {
    expect(mustChangePasswordAtLogin('released')).toBe(true);
    expect(mustChangePasswordAtLogin('active')).toBe(false);
  });
});
