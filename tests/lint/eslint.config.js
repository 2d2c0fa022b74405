// ESLint (flat config), run as `npm run lint` (eslint -c tests/lint/eslint.config.js: the project's
// top level holds no tool configs). typescript-eslint's recommended rules for the TypeScript, React's
// hooks rules and jsx-a11y for the UI. Not type-aware: `npm run compile` is the type check.
//
// Why the resolve hook below: the project compiles with TypeScript 7 (the native compiler), whose
// npm package has no JavaScript compiler API, and typescript-eslint 8 parses with TypeScript's API
// (peer typescript <6.1). So typescript-eslint's packages are handed TypeScript 5.9 for parsing,
// installed under the alias `typescript-eslint-parser-ts`; nothing else sees it.
import Module from 'node:module';

const moduleWithResolve = /** @type {{ _resolveFilename: (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string }} */ (
  /** @type {unknown} */ (Module)
);
const resolve = moduleWithResolve._resolveFilename;
moduleWithResolve._resolveFilename = function (request, parent, ...rest) {
  const fromLinter = /[\\/]node_modules[\\/](@typescript-eslint|typescript-eslint|ts-api-utils)[\\/]/.test(parent?.filename ?? '');
  return resolve.call(this, fromLinter && request === 'typescript' ? 'typescript-eslint-parser-ts' : request, parent, ...rest);
};

const { default: js } = await import('@eslint/js');
const { default: jsxA11y } = await import('eslint-plugin-jsx-a11y');
const { default: reactHooks } = await import('eslint-plugin-react-hooks');
const { default: globals } = await import('globals');
const { default: tseslint } = await import('typescript-eslint');

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.stryker-tmp/**', 'reports/**', 'tests/fixtures/**', 'tests/demo/pages/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      // Off: page text, imported files and CSV/ICS output are rid of control characters on purpose
      // (utils/commitments/text.ts, utils/ledger/formats.ts), which takes regexes naming them.
      'no-control-regex': 'off',
      // A variable a closure reads before its one assignment (a listener wired before the runtime it
      // calls exists) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // `_name` marks a value left out on purpose (`const { openDueAt: _ignored, ...rest } = c`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      // The two hooks rules. The plugin's React Compiler rules (set-state-in-effect, refs,
      // preserve-manual-memoization, …) are left out: the project does not build with the compiler.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...jsxA11y.flatConfigs.recommended.rules,
      // Off: focus moves only into a field the agent has just opened (edit, reschedule), which is
      // where a keyboard user expects to type next.
      'jsx-a11y/no-autofocus': 'off',
      // The summary preview is a scrollable <pre>: it must be reachable by keyboard (axe:
      // scrollable-region-focusable), so `pre` may take tabIndex.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['pre'], roles: ['tabpanel'] }],
      // The list's keyboard shortcuts listen on the list and its items for keys from the focusable
      // controls inside them (keydown bubbles); pointer handlers on such elements stay refused.
      'jsx-a11y/no-static-element-interactions': ['error', { handlers: ['onClick', 'onMouseDown', 'onMouseUp', 'onKeyPress', 'onKeyUp'] }],
      'jsx-a11y/no-noninteractive-element-interactions': ['error', { handlers: ['onClick', 'onMouseDown', 'onMouseUp', 'onKeyPress', 'onKeyUp'] }],
    },
  },
);
