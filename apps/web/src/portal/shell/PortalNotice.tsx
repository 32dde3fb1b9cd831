import type { ReactNode } from 'react';
import { useEffect } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

/** A whole-page message inside the shell: the holding page and "not a planner user". */
export function PortalNotice({ title, children, actions }: Props) {
  useEffect(() => {
    document.title = `${title} · Worker portal`;
  }, [title]);
  return (
    <section className="portal-notice" aria-labelledby="portal-notice-title">
      <div className="portal-notice__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="26" height="26" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <circle cx="12" cy="12" r="9" />
          <path d="M10 9v6M14 9v6" />
        </svg>
      </div>
      <h1 id="portal-notice-title" className="portal-notice__title">
        {title}
      </h1>
      <div className="portal-notice__body">{children}</div>
      {actions && <div className="portal-notice__actions">{actions}</div>}
    </section>
  );
}
