/**
 * The server's import rules (see CONTRIBUTING.md): http -> graphql -> modules -> (db, kernel,
 * @access/domain), and no cycles. Type-only imports count: a cycle of types is still a tangle a
 * reader has to hold in their head.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        "Imports point one way. The one allowed pair is TypeORM's two-way relation between a role and its permission grants (role.entity.ts <-> role-permission.entity.ts).",
      // Entered from either file, the pair's own loop is allowed; any other cycle is still found from its other files.
      from: { pathNot: '^src/modules/roles/role(-permission)?\\.entity\\.ts$' },
      to: { circular: true },
    },
    {
      name: 'modules-not-into-http',
      severity: 'error',
      comment: 'Modules know nothing of the HTTP layer.',
      from: { path: '^src/modules/' },
      to: { path: '^src/http/' },
    },
    {
      name: 'modules-not-into-graphql',
      severity: 'error',
      comment:
        'Only the GraphQL adapters of a module (resolvers and API types) may see the GraphQL layer, and only its request context and directives; use cases, services and entities may not.',
      from: { path: '^src/modules/', pathNot: ['\\.resolver\\.ts$', '/resolvers/', '\\.type\\.ts$', '/types/', '/__tests__/'] },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'adapters-only-context-and-directives',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '/__tests__/' },
      to: { path: '^src/graphql/', pathNot: ['^src/graphql/context\\.ts$', '^src/graphql/directives\\.ts$'] },
    },
    {
      name: 'kernel-below-everything',
      severity: 'error',
      comment: 'The shared kernel (errors, ids) sits below the modules.',
      from: { path: '^src/kernel/' },
      to: { path: '^src/(modules|graphql|http|db)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
