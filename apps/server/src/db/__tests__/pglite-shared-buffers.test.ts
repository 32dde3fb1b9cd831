import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config.js';
import { createDataSource } from '../data-source.js';

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('PGLITE_SHARED_BUFFERS', () => {
  let dataSource: DataSource | undefined;
  afterAll(() => dataSource?.destroy());

  it('sizes the embedded database’s shared buffers', async () => {
    const template = inject('pgliteTemplate');
    // Started from the run's template: an empty in-memory database takes seconds to initialise.
    const pgliteDump = template ? new Uint8Array(await readFile(template)).buffer : undefined;
    dataSource = await createDataSource(loadConfig({ PGLITE_DIR: 'memory://', PGLITE_SHARED_BUFFERS: '8MB' }).database, { pgliteDump });
    await dataSource.initialize();
    expect(await dataSource.query('SHOW shared_buffers')).toEqual([{ shared_buffers: '8MB' }]);
  });
});
