import { registerEnumType } from 'type-graphql';
import type { Principal } from '../auth/principal.js';

export enum PortalStatus {
  OPEN = 'OPEN',
  ACCESS_OFF = 'ACCESS_OFF',
  NOT_A_PLANNER_USER = 'NOT_A_PLANNER_USER',
}

registerEnumType(PortalStatus, {
  name: 'PortalStatus',
  valuesConfig: {
    OPEN: { description: 'A planner user with External Portal Access on.' },
    ACCESS_OFF: { description: 'A planner user whose External Portal Access is off: the portal shows a holding page.' },
    NOT_A_PLANNER_USER: { description: 'Not a planner user (or a super admin).' },
  },
});

/** Whether the worker portal is open to this principal, from what was read with it this request. */
export function portalStatusOf(principal: Principal): PortalStatus {
  if (principal.kind !== 'user' || !principal.plannerUser) return PortalStatus.NOT_A_PLANNER_USER;
  return principal.portalAccess ? PortalStatus.OPEN : PortalStatus.ACCESS_OFF;
}
