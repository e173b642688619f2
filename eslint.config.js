// ESLint flat config. Besides style, it holds the dependency direction of the architecture
// (README "Architecture"): each library has one home and the pure core imports no browser or UI code.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const lib = {
  react: { name: 'react', message: 'React belongs to src/ui (and hooks in src/db); keep this module pure.' },
  reactDom: { name: 'react-dom', message: 'React belongs to src/ui; keep this module pure.' },
  dexie: { name: 'dexie', message: 'Dexie lives only in src/db: use a repository from src/db instead.' },
  maplibre: {
    name: 'maplibre-gl',
    message: 'maplibre-gl lives only in src/map: use a component from src/map.',
  },
  comlink: {
    name: 'comlink',
    message: 'Comlink lives at the two ends of the worker link: src/app (clients) and workers/*.worker.ts.',
  },
};
const layer = {
  ui: { group: ['@/ui/*', '**/ui/*', '**/ui/**'], message: 'Nothing imports src/ui but src/main.tsx.' },
  app: {
    group: ['@/app/*', '**/app/*', '**/app/**'],
    message: 'src/app orchestrates; lower layers never import it.',
  },
  db: { group: ['@/db/*', '**/db/*'], message: 'Only src/app and src/ui reach the database (src/db).' },
  map: { group: ['@/map/*', '**/map/*'], message: 'Only src/app and src/ui reach the map (src/map).' },
  // The engine depends on the domain, never the reverse; screens reach it through src/app.
  workers: {
    group: ['**/workers/*', '**/workers/**'],
    message:
      'Only src/app (and scripts) reach the engine and its workers: the domain is below them, the UI above.',
  },
  // The map layer reads the engine's result shape (engine-types) and nothing else of it.
  workersButTypes: {
    regex: '(^|/)workers/(?!engine/engine-types$)',
    message: 'src/map may read only the engine result shape (workers/engine/engine-types).',
  },
};

/** One `no-restricted-imports` rule from library and layer bans (flat config does not merge rule options). */
function restrict(libs, layers) {
  return ['error', { paths: libs, patterns: layers }];
}

const impureGlobals = [
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'No Math.random in the pure core: pass a seeded rng (workers/engine/rng).',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'No wall-clock time in the pure core: pass the time in.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'No wall-clock time in the pure core: pass the time in.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'e2e/artifacts/**',
      'bench/tmp/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'] }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render text.',
        },
      ],
      'no-restricted-imports': restrict([lib.dexie, lib.maplibre, lib.comlink], [layer.ui]),
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The pure core: scenario model, economics and the simulation engine.
  {
    files: ['src/domain/**', 'workers/engine/**'],
    rules: {
      'no-restricted-imports': restrict(
        [lib.react, lib.reactDom, lib.dexie, lib.maplibre, lib.comlink],
        [layer.ui, layer.app, layer.db, layer.map],
      ),
      'no-restricted-syntax': ['error', ...impureGlobals],
    },
  },
  // The domain is the bottom layer: it imports nothing of the engine either.
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': restrict(
        [lib.react, lib.reactDom, lib.dexie, lib.maplibre, lib.comlink],
        [layer.ui, layer.app, layer.db, layer.map, layer.workers],
      ),
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': restrict(
        [lib.maplibre, lib.comlink],
        [layer.ui, layer.app, layer.map, layer.workers],
      ),
    },
  },
  {
    files: ['src/map/**'],
    rules: {
      'no-restricted-imports': restrict(
        [lib.dexie, lib.comlink],
        [layer.ui, layer.app, layer.db, layer.workersButTypes],
      ),
    },
  },
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': restrict([lib.dexie, lib.maplibre], [layer.ui]) },
  },
  {
    files: ['src/ui/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': restrict([lib.dexie, lib.maplibre, lib.comlink], [layer.workers]),
    },
  },
  {
    files: ['workers/*.worker.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [lib.react, lib.reactDom, lib.dexie, lib.maplibre],
        [layer.ui, layer.app, layer.db, layer.map],
      ),
    },
  },
  {
    // Node entry points and tests may use whatever they measure or drive.
    files: ['scripts/**', 'e2e/**', '**/*.test.ts', '**/*.test.tsx', '*.config.ts', '*.config.js'],
    rules: { 'no-console': 'off' },
  },
);
