import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import type { Viewer } from '../../features/auth/graphql/viewer.fragment';
import { useDevOutboxAvailable } from '../../features/outbox/hooks/use-dev-outbox-available';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part?.[0]?.toUpperCase() ?? '').join('') || '?';
}

/**
 * The signed-in user's menu: who you are, your account pages (password, sessions, API tokens), the
 * GraphQL playground, the dev outbox (when it answers), and sign-out.
 */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const signOut = useSignOut();
  const outboxAvailable = useDevOutboxAvailable();

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  }

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(viewer.displayName)}
        </span>
        <span className="user-menu__name">{viewer.displayName}</span>
        <svg className="user-menu__chevron" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      {open && (
        <div className="user-menu__popover" id={menuId} role="menu" aria-label="Account" ref={menuRef} onKeyDown={onMenuKeyDown}>
          <div className="user-menu__who" role="presentation">
            <strong>{viewer.displayName}</strong>
            <span>
              {viewer.username}
              {viewer.tenant ? ` · ${viewer.tenant.name}` : ' · Platform'}
            </span>
          </div>
          {/* A super admin has no tenant password or API tokens here (the API refuses both). */}
          {!viewer.isSuperAdmin && (
            <Link role="menuitem" className="user-menu__item" to="/account/password" onClick={() => setOpen(false)}>
              Change password
            </Link>
          )}
          <Link role="menuitem" className="user-menu__item" to="/account/sessions" onClick={() => setOpen(false)}>
            Sessions
          </Link>
          {!viewer.isSuperAdmin && (
            <Link role="menuitem" className="user-menu__item" to="/account/api-tokens" onClick={() => setOpen(false)}>
              API tokens
            </Link>
          )}
          <div className="user-menu__separator" role="separator" />
          {/* A full page load: the playground's page is served with its own Content-Security-Policy. */}
          <Link role="menuitem" className="user-menu__item" to="/graphiql" reloadDocument onClick={() => setOpen(false)}>
            GraphQL playground
          </Link>
          {outboxAvailable && (
            <Link role="menuitem" className="user-menu__item" to="/dev/outbox" onClick={() => setOpen(false)}>
              Dev outbox
            </Link>
          )}
          <div className="user-menu__separator" role="separator" />
          <button
            role="menuitem"
            type="button"
            className="user-menu__item"
            onClick={() => {
              setOpen(false);
              void signOut();
            }}
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
