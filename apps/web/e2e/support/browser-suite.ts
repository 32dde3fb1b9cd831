import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { signInContext, type ApiSession } from './api';
import type { Credentials } from './browser';
import { launchBrowser } from './browser';
import { sharedWebBuild } from './build-web';
import { seededDataDir, startServer, type TestServer } from './server';

/** What a browser test file runs against: the run's SPA build, the built server on it, and Chromium. */
export interface ContextOptions {
  viewport?: { width: number; height: number };
  /** How long one step may wait: a stuck step then names its locator instead of timing the test out. */
  timeout?: number;
  acceptDownloads?: boolean;
}

export interface SuiteOptions {
  /** Added to the server's environment. */
  serverEnv?: NodeJS.ProcessEnv;
}

export interface BrowserSuite {
  server: TestServer;
  browser: Browser;
  /** A fresh browser context on the server, each step bounded by `timeout` (10 s by default). */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  /** Closes the browser (and its contexts) and stops the server. */
  close(): Promise<void>;
}

/** The servers this test file started, for the log of a failed test. */
const servers: TestServer[] = [];

// A browser step that fails or times out rarely says why the server did not answer; its log does.
afterEach(({ task }) => {
  if (task.result?.state !== 'fail') return;
  for (const server of servers) {
    const tail = server.logs().slice(-8_000).trim();
    if (tail) console.error(`Server log (last 8 kB) after "${task.name}" failed:\n${tail}`);
  }
});

export async function startBrowserSuite({ serverEnv }: SuiteOptions = {}): Promise<BrowserSuite> {
  // On a run's first file, the build and the seeded database are made side by side.
  const [webDist] = await Promise.all([sharedWebBuild(), seededDataDir()]);
  const [server, browser] = await Promise.all([startServer({ webDist, env: serverEnv }), launchBrowser()]);
  servers.push(server);
  return {
    server,
    browser,
    async newContext({ viewport, timeout = 10_000, acceptDownloads = false }: ContextOptions = {}) {
      const context = await browser.newContext({ baseURL: server.baseURL, ...(viewport ? { viewport } : {}), acceptDownloads });
      context.setDefaultTimeout(timeout);
      return context;
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

export interface SignedInSuite extends BrowserSuite {
  context: BrowserContext;
  page: Page;
  /** The API session of the signed-in person, for setting up data over the API. */
  session: ApiSession;
}

export interface SignedInOptions extends ContextOptions, SuiteOptions {
  /** Receives the page's uncaught errors, which a test then expects to be empty. */
  pageErrors?: string[];
}

/** A browser suite with one context signed in (over the API) as `credentials`, and a page in it. */
export async function startSignedInSuite(credentials: Credentials, options: SignedInOptions = {}): Promise<SignedInSuite> {
  const suite = await startBrowserSuite({ serverEnv: options.serverEnv });
  const context = await suite.newContext({ ...options, viewport: options.viewport ?? { width: 1280, height: 800 } });
  const session = await signInContext(context, suite.server.baseURL, credentials);
  const page = await context.newPage();
  page.on('pageerror', (error) => options.pageErrors?.push(error.message));
  return { ...suite, context, page, session };
}
