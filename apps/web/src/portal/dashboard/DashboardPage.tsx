import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { usePortalViewer } from '../shell/portal-viewer-context';
import { QueryStatus } from '../shell/QueryStatus';
import { CardIcon } from './CardIcon';
import { dashboardCards } from './cards';
import { PORTAL_DASHBOARD_QUERY } from './dashboard.graphql';
import './dashboard.css';

/** The portal's start page: one card per section, with what is waiting for the worker. */
export function DashboardPage() {
  const viewer = usePortalViewer();
  // Answers given on other pages change the counts: show the cached grid at once, then refresh it.
  const { data, error, refetch } = useQuery(PORTAL_DASHBOARD_QUERY, { fetchPolicy: 'cache-and-network' });

  useEffect(() => {
    document.title = 'Dashboard · Worker portal';
  }, []);

  return (
    <div className="portal-page">
      <header className="portal-page__header">
        <h1 className="portal-page__title">Hello, {viewer.displayName}</h1>
        <p className="portal-page__description">Your shifts, availability and details in one place.</p>
      </header>
      {data ? (
        <ul className="portal-cards" aria-label="Portal sections">
          {dashboardCards(data.portalDashboard.cards, data.portalDashboard).map((card) => (
            <li key={card.card}>
              <Link to={card.path} className="portal-card" data-card={card.card}>
                <span className="portal-card__icon">
                  <CardIcon card={card.card} />
                </span>
                <span className="portal-card__text">
                  <span className="portal-card__title">{card.title}</span>
                  <span className="portal-card__description">{card.description}</span>
                  {card.attention && <span className="portal-card__attention">{card.attention}</span>}
                </span>
                <span className="portal-card__chevron" aria-hidden="true">
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <QueryStatus error={error} onRetry={() => void refetch()} label="Loading your dashboard…" />
      )}
    </div>
  );
}
