// Tests run against the TypeScript sources: workspace packages resolve to src/, so no build is needed.
import { defineConfig } from 'vitest/config';
import { sourceAliases } from './scripts/source-aliases.mjs';

const escape = (text: string) => text.replace(/[/.]/g, '\\$&');

export default defineConfig({
  resolve: {
    // Exact matches: `@prfaq/lint` must not also rewrite `@prfaq/lint/config`.
    alias: [...sourceAliases()].map(([specifier, file]) => ({
      find: new RegExp(`^${escape(specifier)}$`),
      replacement: file,
    })),
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
