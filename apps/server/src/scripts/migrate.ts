import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { withStartupLock } from '../db/startup-lock.js';

/** Applies pending migrations (`migrate`) or reverts the newest one (`migrate revert`). */
const config = loadConfig();
const dataSource = await createDataSource(config.database);
await dataSource.initialize();
// Under the lock the servers take: a migration run by hand never overlaps one an instance starts.
await withStartupLock(dataSource, async () => {
  if (process.argv[2] === 'revert') {
    await dataSource.undoLastMigration({ transaction: 'each' });
    console.log('Reverted the newest migration.');
  } else {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied: ${applied.map((migration) => migration.name).join(', ')}` : 'Database is up to date.');
  }
});
await dataSource.destroy();
