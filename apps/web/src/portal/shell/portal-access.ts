import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { useSyncExternalStore } from 'react';

/** Why the API refuses the portal (`extensions.reason` of a FORBIDDEN answer to an `@portal` field). */
export type PortalRefusal = 'PORTAL_ACCESS_OFF' | 'NOT_A_PLANNER_USER';

const REFUSALS: ReadonlySet<string> = new Set<PortalRefusal>(['PORTAL_ACCESS_OFF', 'NOT_A_PLANNER_USER']);

/** The portal refusal an operation failed with, if any. */
export function portalRefusalOf(error: unknown): PortalRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const { extensions } of error.errors) {
    const reason = extensions?.reason;
    if (extensions?.code === 'FORBIDDEN' && typeof reason === 'string' && REFUSALS.has(reason)) return reason as PortalRefusal;
  }
  return null;
}

/**
 * Access can be switched off while the worker has the portal open; the API then refuses every
 * portal operation. Remembering that here lets the shell show the holding page whichever page
 * asked, instead of each page showing an error of its own.
 */
export function createPortalAccessStore() {
  let refusal: PortalRefusal | null = null;
  const listeners = new Set<() => void>();
  const set = (value: PortalRefusal | null) => {
    if (value === refusal) return;
    refusal = value;
    listeners.forEach((listener) => listener());
  };
  return {
    get: () => refusal,
    refuse: (value: PortalRefusal) => set(value),
    /** After sign-out or a new sign-in: the next person starts from what the API says about them. */
    clear: () => set(null),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export type PortalAccessStore = ReturnType<typeof createPortalAccessStore>;

export const portalAccess = createPortalAccessStore();

/** An Apollo link that records portal refusals as they come back. */
export function portalRefusalLink(store: PortalAccessStore = portalAccess): ErrorLink {
  return new ErrorLink(({ error }) => {
    const refusal = portalRefusalOf(error);
    if (refusal) store.refuse(refusal);
  });
}

export function usePortalRefusal(store: PortalAccessStore = portalAccess): PortalRefusal | null {
  return useSyncExternalStore(store.subscribe, store.get);
}
