import { startEntry } from '../bootstrap';
import { createPortalRouter } from './portal.routes';
import { portalAccess, portalRefusalLink } from './shell/portal-access';

/** The worker portal's entry (portal.html): its own bundle, the admin app's session and API client. */
startEntry({ router: createPortalRouter(), links: [portalRefusalLink(portalAccess)], onSignedOut: () => portalAccess.clear() });
