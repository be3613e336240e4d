// ESLint: TypeScript rules, React hooks, and one rule the dependency check cannot see:
// Kysely queries (selectFrom, insertInto, ...) belong in repos (`*.repo.server.ts`) and db/.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const QUERY_METHODS = 'selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom'

export default tseslint.config(
  { ignores: ['build/**', '.react-router/**', '.cache/**', 'node_modules/**', 'public/**', 'data/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // TypeScript checks names itself; ESLint's check does not know its globals.
      'no-undef': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: { ...globals.node } } },
  // A CommonJS module (server/background-priority.cjs, loaded with `node --require`) requires what it uses.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // Migrations are frozen in time and use Kysely<any>, as Kysely's documentation advises.
    files: ['db/migrations/**/*.ts', 'db/migrator.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/**/*.repo.server.ts', 'app/server/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=/^(${QUERY_METHODS})$/]`,
          message: 'Kysely-forespørgsler hører til i en repo (*.repo.server.ts).',
        },
        {
          selector: "CallExpression[callee.property.name='transaction'][arguments.length=0]",
          message: 'Transaktioner åbnes med inTransaction (app/server/transaction.server.ts).',
        },
      ],
    },
  },
  prettier,
)
