import { describe, expect, it } from 'vitest';
import { availability } from './user-actions';

const active = { state: 'ACTIVE' as const, displayName: 'Tom Becker' };

describe('availability of a user action', () => {
  it('needs the permission the API requires for the action', () => {
    expect(availability(active, 'deactivate', ['users.deactivate'])).toEqual({ allowed: true });
    expect(availability(active, 'reactivate', ['users.read'])).toEqual({ allowed: false, reason: 'Only inactive users can be reactivated' });
    expect(availability({ ...active, state: 'INACTIVE' }, 'reactivate', ['users.read'])).toEqual({
      allowed: false,
      reason: 'You need the users.deactivate permission',
    });
  });

  it('puts the lifecycle rule first and refuses a user who holds more than the viewer', () => {
    expect(availability({ ...active, state: 'DELETED' }, 'delete', [])).toMatchObject({ allowed: false, reason: 'The user is already deleted' });
    expect(availability(active, 'forceReset', ['users.passwords.reset'], ['roles.manage']).reason).toBe(
      'Tom Becker holds permissions you do not have (Manage roles)',
    );
  });
});
