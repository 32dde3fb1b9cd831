import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

describe('pages before the web app is built', () => {
  let app: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = path.join(await mkdtemp(path.join(os.tmpdir(), 'access-pending-web-')), 'dist');
    app = await startTestApp({ webDist });
  });
  afterAll(async () => {
    await app.close();
    await rm(path.dirname(webDist), { recursive: true, force: true });
  });

  const page = (route: string) => fetch(`${app.url}${route}`, { headers: { accept: 'text/html' } });

  it('answers with a page that reloads itself, while the API answers as usual', async () => {
    const pending = await page('/users');
    expect(pending.status).toBe(503);
    expect(pending.headers.get('retry-after')).toBe('3');
    const html = await pending.text();
    expect(html).toContain('<meta http-equiv="refresh"');
    expect(html).toContain('The admin app is being built');
    expect((await page('/portal')).status).toBe(503);
    expect((await app.graphql<{ __typename: string }>('{ __typename }')).data?.__typename).toBe('Query');
  });

  it('serves the build as soon as it appears, without a restart', async () => {
    await mkdir(path.join(webDist, 'assets'), { recursive: true });
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Access</title><div id="root"></div>');
    const served = await page('/users');
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('<div id="root">');
  });
});
