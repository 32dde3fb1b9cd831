import { startEntry } from './bootstrap';
import { createRouter } from './router';

startEntry({ router: createRouter() });
