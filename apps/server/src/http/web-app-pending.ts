import type { Response } from 'express';

const RETRY_SECONDS = 3;

// Static markup, no script and no inline style: the app's content security policy stays as it is.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_SECONDS}">
<title>Access: the admin app is being built</title>
</head>
<body>
<main>
<h1>The admin app is being built…</h1>
<p role="status">The API is already running. This page reloads itself every ${RETRY_SECONDS} seconds and shows the app once its build is done.</p>
<p>Not started by <code>pnpm start</code>? Build the web app with <code>pnpm build</code>.</p>
</main>
</body>
</html>
`;

/** Answers a page request while apps/web/dist has no build yet (`pnpm start` builds it beside the running server). */
export function sendWebAppPending(res: Response): void {
  res.status(503).set({ 'Retry-After': String(RETRY_SECONDS), 'Cache-Control': 'no-store' }).type('html').send(PAGE);
}
