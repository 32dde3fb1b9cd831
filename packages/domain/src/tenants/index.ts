export * from './slug.js';
export * from './settings.js';
export * from './time-zone.js';
