/**
 * The dependency arrows of DESIGN.md, enforced: model <- {sources, match, history, store}
 * <- {lobbying, news} <- service <- {api, cli} <- main.ts; config is read only by main.ts.
 * match and history are pure (no I/O). Type-only imports are checked too.
 */
const layer = (name) => `^src/${name}/`;
const forbid = (name, from, to, comment) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    forbid('model-imports-nothing', layer('model'), '^src/(?!model/)', 'model is the base layer'),
    forbid('sources-below-service', layer('sources'), '^src/(history|store|match|service|api|cli|lobbying|news|config)/'),
    forbid('history-is-pure', layer('history'), '^src/(sources|store|match|service|api|cli|lobbying|news|config)/'),
    forbid('match-is-pure', layer('match'), '^src/(sources|store|history|service|api|cli|lobbying|news|config)/'),
    forbid('store-below-service', layer('store'), '^src/(sources|match|service|api|cli|lobbying|news|config)/'),
    forbid('service-below-interfaces', layer('service'), '^src/(api|cli|config)/|^src/main'),
    forbid('api-uses-services', layer('api'), '^src/(store/(sqlite|postgres)|cli|config)/|^src/main'),
    forbid('web-speaks-http-only', '^web/', '^src/'),
    forbid('cli-uses-services', layer('cli'), '^src/(store/(sqlite|postgres)|api|config)/|^src/main'),
    forbid('config-is-a-leaf', layer('config'), '^src/(?!(config|model)/)'),
    {
      name: 'pure-layers-do-no-io',
      comment: 'match and history read no files, network, clock-bound process state or environment',
      severity: 'error',
      from: { path: '^src/(match|history)/' },
      to: { path: '^(fs|node:fs|net|node:net|http|node:http|https|node:https|child_process|node:child_process)$|better-sqlite3|^pg$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
