import { signJwt, verifyJwt } from '../auth/jwt.js';
import type { SigningKeys } from '../auth/signing-keys.js';

/** Access tokens carry another audience, so neither kind of token is accepted in place of the other. */
const AUDIENCE = 'access-file-download';
export const DOWNLOAD_LINK_TTL_SECONDS = 300;

export interface SignedResource {
  /** What kind of file, e.g. "proof": part of the signature so an id of one kind never opens another. */
  kind: string;
  id: string;
  tenantId: string;
}

/**
 * Short-lived capability tokens for file downloads, signed with the server's token keys: a link
 * works without a bearer header (a plain <a href>), for one file, in one tenant, for five minutes.
 */
export class SignedLinks {
  constructor(
    private readonly keys: SigningKeys,
    /** The web app's absolute URL, read when a link is written. */
    private readonly appUrl: () => string,
    /** The clock, replaceable so expiry can be tested without waiting. */
    private readonly now: () => number = Date.now,
  ) {}

  /** An absolute URL: `path` on this server with the signed token as `?token=`. */
  async url(path: string, resource: SignedResource): Promise<string> {
    return `${this.appUrl()}${path}?token=${await this.sign(resource)}`;
  }

  sign(resource: SignedResource): Promise<string> {
    const issuedAt = Math.floor(this.now() / 1000);
    return signJwt(
      this.keys,
      { knd: resource.kind, tid: resource.tenantId },
      { audience: AUDIENCE, subject: resource.id, issuedAt, expiresAt: issuedAt + DOWNLOAD_LINK_TTL_SECONDS },
    );
  }

  /** The tenant the link was issued in, or null when it is tampered, expired or for another file. */
  async verify(token: string, kind: string, id: string): Promise<{ tenantId: string } | null> {
    const payload = await verifyJwt(this.keys, token, AUDIENCE, this.now());
    if (!payload || payload.sub !== id || payload.knd !== kind || typeof payload.tid !== 'string') return null;
    return { tenantId: payload.tid };
  }
}
