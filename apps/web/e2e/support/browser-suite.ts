import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { buildWeb } from './build-web';
import { startServer, type TestServer } from './server';

/** What a browser test file runs against: a fresh SPA build, the built server on it, and Chromium. */
export interface BrowserSuite {
  server: TestServer;
  browser: Browser;
  /** Closes the browser (and its contexts), stops the server and removes the build. */
  close(): Promise<void>;
}

export async function startBrowserSuite(): Promise<BrowserSuite> {
  const webDist = await buildWeb();
  const [server, browser] = await Promise.all([startServer({ webDist }), launchBrowser()]);
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.stop();
      await rm(webDist, { recursive: true, force: true });
    },
  };
}
