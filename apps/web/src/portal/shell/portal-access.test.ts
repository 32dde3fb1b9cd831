import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createPortalAccessStore, portalRefusalOf } from './portal-access';

const refusal = (code: string, reason?: string) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Your portal access is paused. Contact your scheduler.', extensions: { code, reason } }] });

describe('portal refusals', () => {
  it('recognises FORBIDDEN with a portal reason, and nothing else', () => {
    expect(portalRefusalOf(refusal('FORBIDDEN', 'PORTAL_ACCESS_OFF'))).toBe('PORTAL_ACCESS_OFF');
    expect(portalRefusalOf(refusal('FORBIDDEN', 'NOT_A_PLANNER_USER'))).toBe('NOT_A_PLANNER_USER');
    expect(portalRefusalOf(refusal('FORBIDDEN', 'PORTAL_ONLY'))).toBeNull();
    expect(portalRefusalOf(refusal('CONFLICT', 'PORTAL_ACCESS_OFF'))).toBeNull();
    expect(portalRefusalOf(new Error('offline'))).toBeNull();
  });

  it('notifies once per change and forgets on clear', () => {
    const store = createPortalAccessStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.refuse('PORTAL_ACCESS_OFF');
    store.refuse('PORTAL_ACCESS_OFF');
    expect(store.get()).toBe('PORTAL_ACCESS_OFF');
    store.clear();
    expect(store.get()).toBeNull();
    expect(calls).toBe(2);
    unsubscribe();
  });
});
