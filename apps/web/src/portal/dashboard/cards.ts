import type { PortalCard } from '../../gql/graphql';

export interface PortalCardInfo {
  title: string;
  /** One line under the title on the dashboard, from the card table of seed 001. */
  description: string;
  /** Below the portal's basename. */
  path: string;
}

/** Every card the API may list; `satisfies` makes a card the contract adds without a page a compile error. */
export const PORTAL_CARDS = {
  MY_SHIFTS: { title: 'My Shifts', description: 'View upcoming shifts and accept or decline offers', path: '/shifts' },
  AFTER_SHIFT_REPORTS: { title: 'After-Shift Reports', description: 'Complete any pending post-shift reports', path: '/reports' },
  NOTIFICATIONS: { title: 'Configure Notifications', description: 'Set notification preferences', path: '/notifications' },
  CALENDAR_LINKS: { title: 'Calendar Links', description: 'Subscribe to a live shift calendar in an external app', path: '/calendar' },
  MY_AVAILABILITY: { title: 'My Availability', description: 'Block out dates when unavailable', path: '/availability' },
  MY_PROFILE: { title: 'My Profile', description: 'Update personal details', path: '/profile' },
  MY_SKILLS: { title: 'My Skills', description: 'View skills and submit self-ratings', path: '/skills' },
  MY_CERTIFICATIONS: { title: 'My Certifications', description: 'View certifications and upload proof documents', path: '/certifications' },
  MY_WORKING_HOURS: { title: 'My Working Hours', description: 'View working hour settings', path: '/working-hours' },
  CHANGE_PASSWORD: { title: 'Change Password', description: 'Update the account password', path: '/password' },
} as const satisfies Record<PortalCard, PortalCardInfo>;

export interface DashboardCounts {
  openOffers: number;
  pendingReports: number;
}

export interface DashboardCard extends PortalCardInfo {
  card: PortalCard;
  /** Something waiting for the worker, e.g. "2 open offers"; absent when nothing is. */
  attention?: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function attentionOf(card: PortalCard, counts: DashboardCounts): string | undefined {
  if (card === 'MY_SHIFTS' && counts.openOffers > 0) return plural(counts.openOffers, 'open offer', 'open offers');
  if (card === 'AFTER_SHIFT_REPORTS' && counts.pendingReports > 0) {
    return plural(counts.pendingReports, 'report to complete', 'reports to complete');
  }
  return undefined;
}

/**
 * The dashboard grid: the cards the API lists, in its order (it alone knows whether skills or
 * certifications are assigned), each with what waits for the worker there.
 */
export function dashboardCards(cards: readonly PortalCard[], counts: DashboardCounts): DashboardCard[] {
  return cards.map((card) => ({ card, ...PORTAL_CARDS[card], attention: attentionOf(card, counts) }));
}
