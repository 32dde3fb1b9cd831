import { describe, expect, it } from 'vitest';
import { discoverProvider, testConnection } from '../oidc-relying-party.js';
import { forbiddenAddresses } from '../outbound-address.js';
import { SsoSignInError, SsoSignInReason } from '../sso.errors.js';

const NONE = { loopback: false, privateNetwork: false };

describe('addresses an identity provider may have', () => {
  it.each([
    ['https://10.1.2.3/realms/x', '10.1.2.3'],
    ['https://172.20.0.5', '172.20.0.5'],
    ['https://192.168.1.10', '192.168.1.10'],
    ['https://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['https://100.64.0.1', '100.64.0.1'],
    ['https://0.0.0.0', '0.0.0.0'],
    ['https://[fd00::1]', 'fd00::1'],
    ['https://[fe80::1]', 'fe80::1'],
    ['https://[::ffff:10.0.0.1]', '::ffff:a00:1'],
  ])('refuses %s on a private network unless the deployment allows it', async (url, address) => {
    expect(await forbiddenAddresses(new URL(url), NONE)).toEqual([`${address} (${address})`]);
    expect(await forbiddenAddresses(new URL(url), { loopback: false, privateNetwork: true })).toEqual([]);
  });

  it('refuses loopback unless the deployment allows it, by address and by name', async () => {
    expect(await forbiddenAddresses(new URL('http://127.0.0.1:8080'), NONE)).toEqual(['127.0.0.1 (127.0.0.1)']);
    expect(await forbiddenAddresses(new URL('http://[::1]:8080'), NONE)).toEqual(['::1 (::1)']);
    expect((await forbiddenAddresses(new URL('http://localhost:8080'), NONE)).length).toBeGreaterThan(0);
    expect(await forbiddenAddresses(new URL('http://127.0.0.1:8080'), { loopback: true, privateNetwork: false })).toEqual([]);
    // Allowing loopback is not allowing the private network.
    expect(await forbiddenAddresses(new URL('https://10.0.0.1'), { loopback: true, privateNetwork: false })).toEqual(['10.0.0.1 (10.0.0.1)']);
  });

  it('lets public addresses through', async () => {
    expect(await forbiddenAddresses(new URL('https://8.8.8.8'), NONE)).toEqual([]);
    expect(await forbiddenAddresses(new URL('https://[2001:4860:4860::8888]'), NONE)).toEqual([]);
  });

  it('is checked before discovery sends anything, by the sign-in and by the connection test', async () => {
    const refused = await discoverProvider({ issuerUrl: 'https://169.254.169.254', clientId: 'c', clientSecret: 's' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(SsoSignInError);
    expect((refused as SsoSignInError).reason).toBe(SsoSignInReason.DISCOVERY_FAILED);
    expect((refused as SsoSignInError).detail).toBe('169.254.169.254 (169.254.169.254)');
    expect(await testConnection({ issuerUrl: 'https://10.0.0.7' })).toMatchObject({ ok: false, reason: 'DISCOVERY_FAILED' });
  });
});
