import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Ranges a server-side request must not reach on an administrator's say-so: a tenant admin who
 * could aim discovery at them could read the platform's internal network (cloud metadata, other
 * services) through the connection test. Loopback and private networks are opt-in per deployment.
 */
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export interface OutboundRules {
  /** Providers on this machine (development, tests). */
  loopback: boolean;
  /** Providers on the deployment's own private network (an on-premises identity provider). */
  privateNetwork: boolean;
}

type Kind = 'loopback' | 'private' | 'public';

function kindOf(address: string): Kind {
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const plain = mapped ?? address;
  const family = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
  if (LOOPBACK.check(plain, family)) return 'loopback';
  return PRIVATE.check(plain, family) ? 'private' : 'public';
}

/**
 * The addresses `url`'s host stands for that the rules forbid, as "host (address)"; empty when all
 * are allowed. A host that does not resolve is reported too: nothing would reach it anyway.
 */
export async function forbiddenAddresses(url: URL, rules: OutboundRules): Promise<string[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    return [`${host} (does not resolve)`];
  }
  return addresses
    .filter((address) => {
      const kind = kindOf(address);
      return (kind === 'loopback' && !rules.loopback) || (kind === 'private' && !rules.privateNetwork);
    })
    .map((address) => `${host} (${address})`);
}
