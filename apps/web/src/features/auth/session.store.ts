/**
 * The signed-in session: the access token lives in memory only. A reload (or an expired token)
 * gets a new one from the refresh token, which the server keeps in an httpOnly cookie that no
 * script can read (see refresh.ts).
 */
export interface Session {
  accessToken: string;
  /** ISO timestamp from the server's Session.expiresAt. */
  expiresAt: string;
}

type Listener = () => void;

export interface SessionStore {
  get(): Session | null;
  /** The bearer token, or null when signed out or expired. */
  getAccessToken(): string | null;
  signIn(session: Session): void;
  signOut(): void;
  subscribe(listener: Listener): () => void;
}

export function createSessionStore(now: () => number = Date.now): SessionStore {
  let current: Session | null = null;
  const listeners = new Set<Listener>();

  const isExpired = (session: Session) => {
    const expiresAt = Date.parse(session.expiresAt);
    return Number.isNaN(expiresAt) || expiresAt <= now();
  };

  const emit = () => listeners.forEach((listener) => listener());

  const store: SessionStore = {
    get() {
      if (current && isExpired(current)) store.signOut();
      return current;
    },
    getAccessToken() {
      return store.get()?.accessToken ?? null;
    },
    signIn(session) {
      current = session;
      emit();
    },
    signOut() {
      const hadSession = current !== null;
      current = null;
      if (hadSession) emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}

/** The app-wide session. */
export const session = createSessionStore();
