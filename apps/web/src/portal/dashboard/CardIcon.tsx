import type { ReactNode } from 'react';
import type { PortalCard } from '../../gql/graphql';

/** Line icons (24 × 24, stroked) so each card is recognisable at a glance on a phone. */
const SHAPES: Record<PortalCard, ReactNode> = {
  MY_SHIFTS: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5.5A1.5 1.5 0 0 1 10.5 4h3A1.5 1.5 0 0 1 15 5.5V7M3 13h18" />
    </>
  ),
  AFTER_SHIFT_REPORTS: (
    <>
      <path d="M9 4h6v3H9z" />
      <path d="M7 5.5H5.5V21h13V5.5H17M8.5 12h7M8.5 16h4.5" />
    </>
  ),
  NOTIFICATIONS: <path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15zM10 20.5a2 2 0 0 0 4 0" />,
  CALENDAR_LINKS: (
    <>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4M10.5 15.5l3-3M9.5 14l-1 1a1.8 1.8 0 0 0 2.5 2.5l1-1M14.5 14l1-1a1.8 1.8 0 0 0-2.5-2.5l-1 1" />
    </>
  ),
  MY_AVAILABILITY: (
    <>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4M10 13.5l4 4M14 13.5l-4 4" />
    </>
  ),
  MY_PROFILE: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4 3.6-6 8-6s8 2 8 6" />
    </>
  ),
  MY_SKILLS: <path d="M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z" />,
  MY_CERTIFICATIONS: (
    <>
      <circle cx="12" cy="9" r="5.5" />
      <path d="M8.5 13.5L7 21l5-2.8 5 2.8-1.5-7.5" />
    </>
  ),
  MY_WORKING_HOURS: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  CHANGE_PASSWORD: (
    <>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7.5a4 4 0 0 1 8 0V11" />
    </>
  ),
};

export function CardIcon({ card }: { card: PortalCard }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {SHAPES[card]}
    </svg>
  );
}
