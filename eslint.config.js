import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'task/dist/**',
      'node_modules/**',
      'coverage/**',
      '.vsix/**',
      'schema/definition.validate.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', 'azure-pipelines-task-lib', 'azure-pipelines-task-lib/*'],
              message: 'src/core is platform-free.',
            },
            { group: ['../github/*', '../pipelines/*', '../cli/*'], message: 'src/core is platform-free.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'No process.env in src/core: adapters pass settings in.',
        },
      ],
    },
  },
);
