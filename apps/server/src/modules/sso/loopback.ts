import { isIPv4 } from 'node:net';

/**
 * Whether requests to `url` stay on this machine (127.0.0.0/8, localhost, [::1]). Only there may
 * an identity provider speak plain http: nobody on a network can read or change what it says.
 */
export function isLoopback(url: URL): boolean {
  // The URL parser has already lower-cased the host and normalised 127.1 and [0:0::1].
  const host = url.hostname;
  if (host === 'localhost' || host === '[::1]') return true;
  return isIPv4(host) && host.startsWith('127.');
}

/**
 * The endpoints in a provider's metadata that would be called over plain http where that is not
 * allowed: anywhere for an https issuer, off this machine for a loopback one. openid-client's
 * permission for http covers every endpoint an issuer names, and the browser is sent to the
 * authorization endpoint whatever the library allows, so each is held to the rule here.
 */
export function insecureEndpoints(metadata: Readonly<Record<string, unknown>>, issuer: URL): string[] {
  const loopbackIssuer = issuer.protocol === 'http:' && isLoopback(issuer);
  return Object.entries(metadata)
    .filter(([name]) => name.endsWith('_endpoint') || name === 'jwks_uri')
    .filter(([, value]) => {
      // Anything but http(s) openid-client refuses by itself.
      if (typeof value !== 'string' || !URL.canParse(value)) return false;
      const url = new URL(value);
      return url.protocol === 'http:' && !(loopbackIssuer && isLoopback(url));
    })
    .map(([name]) => name);
}
