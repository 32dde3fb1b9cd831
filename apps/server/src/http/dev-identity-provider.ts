import type { IncomingMessage, ServerResponse } from 'node:http';
import { generateKeyPair, exportJWK } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import type { Router } from 'express';
import express from 'express';
import { DEV_IDENTITIES, DEV_IDP_CLIENT } from '../db/seed/demo-sso-tenant.js';
import { grantRequestedConsent, PROVIDER_OPTIONS } from '../modules/sso/provider-kit.js';
import { SSO_CALLBACK_PATH } from '../modules/sso/paths.js';

export const DEV_IDP_PATH = '/dev/oidc';

const LOGIN_PAGE_STYLE = `body{font:16px system-ui,sans-serif;margin:3rem auto;max-width:32rem;color:#1a1a1a}h1{font-size:1.4rem}
ul{list-style:none;padding:0}a.person{display:block;margin:.5rem 0;padding:.8rem 1rem;border:1px solid #555;border-radius:6px;color:#0b3d91;text-decoration:none}
a.person:focus,a.person:hover{background:#eef3ff;outline:2px solid #0b3d91}a.person span{display:block;color:#444;font-size:.85rem}`;

/** The login page's own style, named by its hash: the page needs nothing else inline. */
const LOGIN_PAGE_POLICY =
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(LOGIN_PAGE_STYLE).digest('base64')}'; ` +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string): string {
  const people = DEV_IDENTITIES.map(
    (person) =>
      `<li><a class="person" href="${DEV_IDP_PATH}/interaction/${encodeURIComponent(uid)}/login?sub=${encodeURIComponent(person.sub)}">` +
      `${escapeHtml(`${person.firstName} ${person.lastName}`)} <span>${escapeHtml(person.email)} · ${escapeHtml(person.groups.join(', '))}</span></a></li>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Globex Identity (development)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${LOGIN_PAGE_STYLE}</style></head>
<body><main><h1>Globex Identity (development)</h1><p>A stand-in identity provider for trying single sign-on. Choose who signs in:</p>
<ul>${people}</ul></main></body></html>`;
}

/**
 * A small OpenID provider for development and the demo, mounted at /dev/oidc on this server
 * (never in production): anyone may sign in as one of the demo identities. It is oidc-provider,
 * a certified implementation, so the sign-in exercises the real protocol; it is built on the first
 * request, when the server's own address is known.
 */
export function devIdentityProviderRoutes(appUrl: () => string): Router {
  const router = express.Router();
  let handler: Promise<(req: IncomingMessage, res: ServerResponse) => void> | undefined;

  async function build() {
    // Loaded only here: the dependency is for development, and it announces itself when imported.
    const { default: Provider } = await import('oidc-provider');
    const issuer = `${appUrl()}${DEV_IDP_PATH}`;
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const byId = new Map(DEV_IDENTITIES.map((person) => [person.sub, person]));
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: DEV_IDP_CLIENT.clientId,
          client_secret: DEV_IDP_CLIENT.clientSecret,
          redirect_uris: [`${appUrl()}${SSO_CALLBACK_PATH}`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'dev', alg: 'RS256', use: 'sig' }] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      ...PROVIDER_OPTIONS,
      interactions: { url: (_ctx, interaction) => `${DEV_IDP_PATH}/interaction/${interaction.uid}` },
      findAccount: (_ctx, sub) => {
        const person = byId.get(sub);
        return person
          ? {
              accountId: sub,
              claims: () => ({
                sub,
                email: person.email,
                email_verified: true,
                preferred_username: person.username,
                given_name: person.firstName,
                family_name: person.lastName,
                name: `${person.firstName} ${person.lastName}`,
                groups: person.groups,
              }),
            }
          : undefined;
      },
    });
    provider.use(async (ctx, next) => {
      const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(ctx.path);
      if (ctx.method !== 'GET' || !match) return next();
      const interaction = await provider.interactionDetails(ctx.req, ctx.res);
      if (interaction.prompt.name === 'login') {
        const sub = typeof ctx.query.sub === 'string' ? ctx.query.sub : undefined;
        if (!match[2] || !sub || !byId.has(sub)) {
          ctx.type = 'html';
          ctx.set('Content-Security-Policy', LOGIN_PAGE_POLICY);
          ctx.body = loginPage(interaction.uid);
          return;
        }
        ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: sub } }, { mergeWithLastSubmission: false }));
        return;
      }
      // Consent: the demo grants what Access asks for.
      ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, await grantRequestedConsent(provider, interaction), { mergeWithLastSubmission: false }));
    });
    return provider.callback();
  }

  router.use(DEV_IDP_PATH, (req, res, next) => {
    handler ??= build();
    handler.then((handle) => handle(req, res), next);
  });
  return router;
}
