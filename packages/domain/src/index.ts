export * from './permissions/index.js';
export * from './passwords/index.js';
export * from './lifecycle/index.js';
export * from './tenants/index.js';
