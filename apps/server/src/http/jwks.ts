import { Router } from 'express';
import type { SigningKeys } from '../modules/auth/signing-keys.js';

/** Publishes the token verification keys so other services can check Access tokens themselves. */
export function jwksRoutes(keys: SigningKeys): Router {
  const router = Router();
  router.get('/.well-known/jwks.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json({ keys: keys.publicJwks });
  });
  return router;
}
