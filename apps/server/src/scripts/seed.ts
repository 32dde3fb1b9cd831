import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { seedDemoTenant } from '../db/seed/demo-tenant.js';
import { withStartupLock } from '../db/startup-lock.js';

const dataSource = await openDatabase(loadConfig().database);
const { created } = await withStartupLock(dataSource, () => seedDemoTenant(dataSource));
console.log(created ? 'Demo tenant seeded.' : 'Demo tenant already complete: nothing changed.');
await dataSource.destroy();
