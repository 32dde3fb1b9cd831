import { useEffect, type ReactNode } from 'react';

export interface PageLayoutProps {
  title: string;
  /** A small line above the title, e.g. a link back to the list. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** The frame of one admin page: heading, optional description and actions, then content. */
export function PageLayout({ title, eyebrow, description, actions, children }: PageLayoutProps) {
  useEffect(() => {
    document.title = `${title} · Access`;
  }, [title]);
  return (
    <div className="page">
      <header className="page__header">
        <div>
          {eyebrow && <div className="page__eyebrow">{eyebrow}</div>}
          <h1 className="page__title">{title}</h1>
          {description && <p className="page__description">{description}</p>}
        </div>
        {actions && <div className="page__actions">{actions}</div>}
      </header>
      <div className="page__content">{children}</div>
    </div>
  );
}
