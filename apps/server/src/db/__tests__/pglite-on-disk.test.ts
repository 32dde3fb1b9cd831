import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../data-source.js';

// The embedded database alone: the PostgreSQL run would repeat the PGlite run's test word for word
// (9 s there, migrating an empty database on a machine shared with the PGlite run).
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('embedded PGlite on disk', () => {
  const parents: string[] = [];
  afterAll(async () => {
    for (const dir of parents) await rm(dir, { recursive: true, force: true });
  });

  it('creates its data directory, parents included, and keeps data across a reopen', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'access-pglite-'));
    parents.push(parent);
    const dataDir = path.join(parent, 'not', 'yet', 'there');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    await first.query("INSERT INTO tenant (slug, name) VALUES ('disk', 'On Disk')");
    await first.destroy();

    const again = await openDatabase({ kind: 'pglite', dataDir });
    const rows: Array<{ name: string }> = await again.query("SELECT name FROM tenant WHERE slug = 'disk'");
    expect(rows).toEqual([{ name: 'On Disk' }]);
    await again.destroy();
  });
});
