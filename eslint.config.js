// ESLint: typescript-eslint's strict, type-checked rules, React's hooks rules for the web app, and import
// restrictions that say the architecture (scripts/architecture-rules.ts checks the same, with a test of its own).
// Options differ from the presets only where a line below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const outside = (...dirs) => dirs.map((d) => ({ group: [`**/${d}/**`, `**/${d}`], message: `not from ${d}` }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // A number or boolean in a template reads as itself; objects and undefined are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `() => setOpen(false)` is the idiom for a handler; a void value used anywhere else is still refused.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Unused arguments named with a leading underscore are a declared interface (a route handler's request).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts', 'bench/**/*.test.ts'],
    rules: {
      // In a test, `rows[0]!` that is wrong throws and fails the test, which is what the test is for; spelling out
      // each guard would hide what is asserted. Source files keep the rule.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: outside('src/server', 'src/db', 'src/features', 'src/policy', 'src/cli', 'src/notify') },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: outside('db', 'server', 'features', 'policy', 'api', 'documents', 'cli', 'notify') },
      ],
    },
  },
  {
    files: ['src/policy/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: outside('db', 'server', 'features', 'api', 'documents', 'cli', 'notify') },
      ],
    },
  },
  {
    files: ['src/**/routes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outside('db') }] },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outside('server', 'features', 'cli', 'notify') }] },
  },
);
