import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCi } from './ci';

const screenshotsWanted = process.env.E2E_SCREENSHOTS ? process.env.E2E_SCREENSHOTS === '1' : !isCi;

export const artifactsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../artifacts');

/**
 * Under CI the pages' JavaScript runs without V8's optimising compiler (TurboFan; Maglev stays): a
 * page lives a few seconds here, too short to repay optimising the SPA's code. Locally V8 keeps its
 * defaults, for the timings permissions-manager-scale.e2e prints.
 */
const ciArgs = isCi ? ['--js-flags=--no-opt'] : [];

/**
 * Debian's Chromium as its old headless shell (package chromium-headless-shell, what Playwright runs
 * headless by default): the same Blink and V8 without the desktop browser around them. The web suite
 * took 207 s and 365 CPU-seconds in it, 279 s and 512 in `chromium --headless`. The full browser
 * serves where the shell is not installed; the test never downloads a browser.
 */
const headlessShell = '/usr/bin/chromium-headless-shell';
const browserPath = process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : '/usr/bin/chromium');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: browserPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=IsolateOrigins,site-per-process,Translate,OptimizationHints,MediaRouter,PaintHolding',
      '--disable-site-isolation-trials',
      ...ciArgs,
    ],
  });
}

/**
 * Saves a picture of the page under artifacts/ for people to look at; no test reads it. CI keeps no
 * artifacts, so there it takes none (E2E_SCREENSHOTS=1 takes them anyway): a full-page picture
 * costs the browser about 0.2 s.
 */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  if (!screenshotsWanted) return;
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage });
}

export interface Credentials {
  tenant: string;
  username: string;
  password: string;
}

/** Fills the sign-in form the way a person would: by its labels. */
export async function signIn(page: Page, { tenant, username, password }: Credentials): Promise<void> {
  await page.getByLabel('Organisation').fill(tenant);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
