/**
 * The layering, checked by `npm run lint`. docs/architecture.md explains the layers.
 * core: pure rules; db: schema, migrations, dialects; server: shared plumbing; ui: shared UI;
 * features: one folder per feature (routes, service, repo, schemas, components).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'core imports nothing of the app, no database, no React, no node I/O.',
      from: { path: '^app/core/' },
      to: {
        path: [
          '^app/(features|ui|server)/',
          '^app/root',
          '^app/routes',
          '^db/(?!schema\\.ts|text\\.ts)',
          'node_modules/(react|react-dom|react-router|kysely|better-sqlite3|pg)/',
          '^(fs|path|child_process|worker_threads)$',
        ],
      },
    },
    {
      name: 'core-uses-db-types-only',
      severity: 'error',
      comment: 'core may name the schema types and use the pure Danish text folding, never the database.',
      from: { path: '^app/core/' },
      to: { path: '^db/', pathNot: '^db/text\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-imports-no-app',
      severity: 'error',
      comment: 'db/ (schema, migrations, dialects) imports nothing of app/.',
      from: { path: '^db/' },
      to: { path: '^app/' },
    },
    {
      name: 'routes-never-import-repos',
      severity: 'error',
      comment: 'A route calls its service; queries live in repos.',
      from: { path: '^app/(features/[^/]+/routes/|root\\.tsx)' },
      to: { path: '\\.repo\\.server\\.ts$' },
    },
    {
      name: 'no-repo-of-another-feature',
      severity: 'error',
      comment: "A feature may use another feature's service, never its repo.",
      from: { path: '^app/features/([^/]+)/' },
      to: { path: '^app/features/[^/]+/.*\\.repo\\.server\\.ts$', pathNot: '^app/features/$1/' },
    },
    {
      name: 'components-never-import-server',
      severity: 'error',
      comment: 'Components and shared UI never import .server modules, not even for types.',
      from: { path: ['^app/ui/', '^app/features/[^/]+/components/'] },
      to: { path: '\\.server\\.tsx?$' },
    },
    {
      name: 'services-never-import-components',
      severity: 'error',
      comment: 'Services and repos do not import UI.',
      from: { path: '\\.server\\.ts$' },
      to: { path: ['^app/ui/.*\\.tsx$', '^app/features/[^/]+/components/', '^app/root\\.tsx$'] },
    },
    {
      name: 'shared-layers-import-no-feature',
      severity: 'error',
      comment: 'ui and server serve the features; they do not reach into them (the route table is the one exception).',
      from: { path: '^app/(ui|server)/' },
      to: {
        path: '^app/features/',
        pathNot: ['^app/features/all-routes\\.ts$', '^app/features/[^/]+/[^/]+\\.routes\\.ts$', '^app/features/field-registry\\.ts$'],
      },
    },
    {
      name: 'nothing-imports-root',
      severity: 'error',
      comment: 'root.tsx is the shell; shared pieces live in ui/.',
      from: { path: '^app/(?!root)' },
      to: { path: '^app/root\\.tsx$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^build/', '^\\.react-router/', '^\\.cache/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
