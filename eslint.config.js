// Layer boundaries live here: a wrong import fails `npm test`.
// renderer → core ← electron; core is pure TypeScript (no DOM, no Node, no electron).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `${name}/*`, `node:${name}`, `node:${name}/*`]);

const noNode = {
  group: nodeBuiltins,
  message: 'Node built-ins belong in electron/ (services, main, browser-mode, cli), not here.',
};
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload may import Electron.',
};
const noElectronLayer = {
  group: ['**/electron/**'],
  message: 'Import the host contract from core/host instead of reaching into electron/.',
};
const noRendererLayer = {
  group: ['**/renderer/**'],
  message: 'The renderer is a leaf layer: nothing imports from it.',
};

// Modules the host checks with: their zod schemas are built when they load, and the page
// has no use for them (docs/performance.md, "Fourth round"). Their types are free.
const schemasForTheHost = {
  group: ['**/core/document/note-file', '**/core/host/contract'],
  allowTypeImports: true,
  message: 'The renderer takes only types from here: loading it builds every schema in it in the page. Use core/document/note-format or core/host/call-names.',
};

// One way in to zod: its mini build, with English messages (core/schema/z.ts). Its classic
// build cost the page about 1 MB of heap (docs/decisions.md, "Benchmarks").
const zodThroughCoreSchema = {
  group: ['zod', 'zod/*'],
  message: "Import the schema library as `import * as z from '…/core/schema/z'`: zod's mini build, with English messages.",
};

const domGlobals = [
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch',
  'HTMLElement', 'Element', 'Node', 'DOMParser', 'XMLHttpRequest', 'requestAnimationFrame',
].map((name) => ({ name, message: 'core/ runs without a DOM: pass what you need in as an argument.' }));
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
  name,
  message: 'core/ runs without Node: pass what you need in as an argument.',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noElectronLayer, noRendererLayer, zodThroughCoreSchema] }],
      'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals],
    },
  },
  {
    files: ['core/schema/z.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noElectronLayer, noRendererLayer] }],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noElectronLayer, zodThroughCoreSchema] }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [schemasForTheHost] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noRendererLayer, zodThroughCoreSchema] }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/browser-mode/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      // These run under plain Node too (browser mode, CLI), so they must not need the Electron runtime.
      'no-restricted-imports': ['error', { patterns: [noRendererLayer, noElectron, zodThroughCoreSchema] }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bin/**/*.cjs', '*.config.{js,ts}', 'tests/**/*.ts', 'bench/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['bin/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
