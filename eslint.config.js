// Lint rules, including the direction of imports: domain folders never reach
// up into queue plumbing or faces, jobs/ never into the faces, and no cycles.
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const DOMAIN = ['feeds', 'stories', 'topics', 'subscribers', 'digests', 'mail'];
const upward = [
  { group: ['bullmq', 'bullmq/*'], message: 'domain code does not use BullMQ: put queue plumbing in jobs/' },
  { group: ['**/jobs/*', '**/jobs'], message: 'domain code never imports jobs/: jobs/ calls the domain' },
  { group: ['**/http/*'], message: 'domain code never imports the HTTP face' },
  { group: ['**/cli.js', '**/service.js'], message: 'domain code never imports the faces' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'var/', 'coverage/', 'test/artifacts/'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: DOMAIN.map((d) => `src/${d}/**/*.ts`),
    rules: { 'no-restricted-imports': ['error', { patterns: upward }] },
  },
  {
    files: ['jobs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/http/*', '**/cli.js', '**/service.js'], message: 'jobs/ sits below the faces: it never imports http/, cli.ts or service.ts' }] },
      ],
    },
  },
);
