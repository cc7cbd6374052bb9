/**
 * The layer rules of ARCHITECTURE.md, checked by `npm run lint:layers` (part of `npm test`):
 * core <- engine <- store <- scene <- ui, with main.tsx and the test hooks on top. Imports only
 * go down; scene and ui may import engine *types* (type-only imports) but no worker module at
 * run time; the store reaches the worker only through engine/client.ts; nothing forms a cycle.
 * `scripts/checks/layerRules.test.ts` runs these rules on fixtures so a rule that stops biting is noticed.
 */
const TEST = '\\.test\\.tsx?$|/test/';
const TOP = '^src/(main\\.tsx|testHooks\\.ts|testBuild/)';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A run-time import cycle: modules that need each other belong together, or one takes the other as a parameter.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-is-the-bottom',
      comment: 'core (pure TS + tfjs, no DOM) imports nothing of ours above it.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'engine-imports-core',
      comment: 'The worker side imports core and itself only.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^src/', pathNot: '^src/(core|engine)/' },
    },
    {
      name: 'store-below-the-page',
      comment: 'The store imports core, engine/client.ts and engine types; never scene, ui or the top.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/', pathNot: '^src/(core|engine|store)/' },
    },
    {
      name: 'store-reaches-the-worker-through-the-client',
      comment: 'At run time the store may load engine/client.ts only (the rest of engine is the worker bundle).',
      severity: 'error',
      from: { path: '^src/store/', pathNot: TEST },
      to: { path: '^src/engine/', pathNot: '^src/engine/client\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'scene-below-ui',
      comment: 'scene imports store, core and engine types; never ui or the top.',
      severity: 'error',
      from: { path: '^src/scene/' },
      to: { path: '^src/', pathNot: '^src/(core|engine|store|scene)/' },
    },
    {
      name: 'ui-below-the-top',
      comment: 'ui imports store, scene, core and engine types; never main.tsx or the test hooks.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: TOP },
    },
    {
      name: 'page-imports-engine-types-only',
      comment: 'scene and ui may import engine types, not worker modules: pure maths both sides need lives in core.',
      severity: 'error',
      from: { path: '^src/(scene|ui)/', pathNot: TEST },
      to: { path: '^src/engine/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-loose-root-modules',
      comment: 'Shared helpers live in a layer folder; only the entry (main.tsx) and the test hooks sit at the root.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/[^/]+\\.tsx?$', pathNot: TOP },
    },
    {
      name: 'tests-stay-out-of-the-app',
      comment: 'No app module imports a test file or test helper.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST },
      to: { path: TEST },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
