export * from './slug.js';
export * from './settings.js';
