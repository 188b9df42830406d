// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A check is a pure function of inventory data: it never reaches AWS, the disk, the network or the collector.
    files: ['checks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@aws-sdk/*', '@smithy/*', 'aws-sdk'], message: 'Checks never call AWS: declare data in `requires` instead.' },
            { group: ['node:*', 'fs', 'fs/*', 'net', 'http', 'https', 'child_process', 'dgram', 'tls'], message: 'Checks are pure: no I/O.' },
            { group: ['**/src/collect/**', '**/src/snapshot/**', '**/src/engine/**', '**/src/reporters/**'], message: 'Checks import only src/check-api.' },
          ],
        },
      ],
    },
  },
);
