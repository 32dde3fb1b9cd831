import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** The frame of one card's page: the way back to the dashboard, the heading, then the content. */
export function PortalPage({ title, description, children }: Props) {
  useEffect(() => {
    document.title = `${title} · Worker portal`;
  }, [title]);
  return (
    <div className="portal-page">
      <Link to="/" className="portal-page__back">
        <span aria-hidden="true">←</span> Dashboard
      </Link>
      <header className="portal-page__header">
        <h1 className="portal-page__title">{title}</h1>
        {description && <p className="portal-page__description">{description}</p>}
      </header>
      <div className="portal-page__content">{children}</div>
    </div>
  );
}

interface SectionProps {
  title: string;
  /** The heading's id (unique on the page); the heading names the section for screen readers. */
  id: string;
  lead?: ReactNode;
  children: ReactNode;
}

/** A titled block inside a portal page. */
export function PortalSection({ title, id, lead, children }: SectionProps) {
  return (
    <section className="portal-section" aria-labelledby={id}>
      <h2 className="portal-section__title" id={id}>
        {title}
      </h2>
      {lead && <p className="portal-section__lead">{lead}</p>}
      {children}
    </section>
  );
}
