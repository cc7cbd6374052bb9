import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Lint for `npm test` (npm run lint). The no-eval family is an error everywhere: the served
 * app's Content-Security-Policy (vite.config.ts) has no 'unsafe-eval', so a string evaluated as
 * code would be blocked in the browser; the hygiene e2e test catches what libraries do at run
 * time, these rules catch our own code before it ships.
 */
export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'public/**',
      'models/**',
      'bench/**',
      'experiments/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.worker } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The rules of hooks. The plugin's React Compiler rules (immutability, refs, ...) are left
    // out: the app does not use the compiler, and react-three-fiber code mutates three.js
    // objects (cameras, controls, materials) in effects and useFrame by design.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Browser tests read the page's test hooks (window.__lab) inside page.evaluate, where the
    // page's own types do not reach.
    files: ['e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
