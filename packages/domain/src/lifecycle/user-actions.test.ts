import { describe, expect, it } from 'vitest';
import {
  USER_ACTIONS,
  UserActionError,
  allowedUserActions,
  checkUserAction,
  nextUserState,
  type UserAction,
} from './user-actions.js';
import { USER_STATES, type UserState } from './user-state.js';

const PASSWORD_ACTIONS: UserAction[] = ['resetPassword', 'setPassword', 'forceReset', 'sendResetLink'];

describe('user lifecycle', () => {
  it('walks the happy path: introduction -> released -> active <-> inactive -> deleted -> active', () => {
    let state: UserState = 'introduction';
    for (const [action, expected] of [
      ['releaseAccess', 'released'],
      ['completeActivation', 'active'],
      ['deactivate', 'inactive'],
      ['reactivate', 'active'],
      ['delete', 'deleted'],
      ['restore', 'active'],
    ] as const) {
      state = nextUserState(state, action);
      expect(state, action).toBe(expected);
    }
  });

  it('keeps introduction-mode users out: no login, no password actions', () => {
    expect(checkUserAction('introduction', 'login')).toEqual({
      allowed: false,
      code: 'USER_IN_INTRODUCTION',
      reason: 'The user is in introduction mode (Hold Invite) and cannot log in yet',
    });
    for (const action of PASSWORD_ACTIONS) {
      expect(checkUserAction('introduction', action)).toMatchObject({ allowed: false, code: 'USER_IN_INTRODUCTION' });
    }
  });

  it('blocks password actions for inactive users', () => {
    for (const action of PASSWORD_ACTIONS) {
      expect(checkUserAction('inactive', action)).toEqual({
        allowed: false,
        code: 'USER_INACTIVE',
        reason: 'Password actions are blocked for inactive users',
      });
    }
  });

  it('allows force reset and reset links only for active users', () => {
    expect(checkUserAction('active', 'forceReset')).toEqual({ allowed: true, next: 'active' });
    expect(checkUserAction('active', 'sendResetLink')).toEqual({ allowed: true, next: 'active' });
    for (const state of USER_STATES.filter((s) => s !== 'active')) {
      expect(checkUserAction(state, 'forceReset').allowed, state).toBe(false);
      expect(checkUserAction(state, 'sendResetLink').allowed, state).toBe(false);
    }
  });

  it('lets released users log in (to set a new password) and receive activation links', () => {
    expect(checkUserAction('released', 'login')).toEqual({ allowed: true, next: 'released' });
    expect(checkUserAction('released', 'sendActivationLink').allowed).toBe(true);
    expect(checkUserAction('introduction', 'sendActivationLink')).toMatchObject({ code: 'USER_IN_INTRODUCTION' });
    expect(checkUserAction('active', 'sendActivationLink')).toMatchObject({ code: 'USER_ALREADY_ACTIVATED' });
  });

  it('refuses everything but restore on a deleted user', () => {
    expect(allowedUserActions('deleted')).toEqual(['restore']);
    expect(checkUserAction('deleted', 'update')).toMatchObject({ allowed: false, code: 'USER_DELETED' });
  });

  it('restores only deleted users, back to active', () => {
    expect(checkUserAction('deleted', 'restore')).toEqual({ allowed: true, next: 'active' });
    expect(checkUserAction('inactive', 'restore')).toMatchObject({ allowed: false, code: 'USER_NOT_DELETED' });
  });

  it('lets admins edit and change the role of any non-deleted user without changing its state', () => {
    for (const state of USER_STATES.filter((s) => s !== 'deleted')) {
      expect(checkUserAction(state, 'update')).toEqual({ allowed: true, next: state });
      expect(checkUserAction(state, 'changeRole')).toEqual({ allowed: true, next: state });
    }
  });

  it('lists allowed actions per state', () => {
    expect(allowedUserActions('introduction')).toEqual(['releaseAccess', 'delete', 'changeRole', 'update']);
    expect(allowedUserActions('inactive')).toEqual(['reactivate', 'delete', 'changeRole', 'update']);
    expect(allowedUserActions('active')).toEqual([
      'login', 'resetPassword', 'setPassword', 'forceReset', 'sendResetLink', 'deactivate', 'delete', 'changeRole', 'update',
    ]);
  });

  it('gives every refusal a code and a reason, and throws it from nextUserState', () => {
    for (const state of USER_STATES) {
      for (const action of USER_ACTIONS) {
        const check = checkUserAction(state, action);
        if (check.allowed) expect(USER_STATES).toContain(check.next);
        else expect(check.reason.length).toBeGreaterThan(0);
      }
    }
    expect(() => nextUserState('inactive', 'login')).toThrow(UserActionError);
    expect(() => nextUserState('inactive', 'login')).toThrow('Inactive users cannot log in');
  });
});
