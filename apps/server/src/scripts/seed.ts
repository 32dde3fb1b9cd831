import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { seedDemoTenant } from '../db/seed/demo-tenant.js';

const dataSource = await openDatabase(loadConfig().database);
const { created } = await seedDemoTenant(dataSource);
console.log(created ? 'Demo tenant seeded.' : 'Demo tenant already complete: nothing changed.');
await dataSource.destroy();
