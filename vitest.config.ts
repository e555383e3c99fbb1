import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/tests/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup-rule-tester.ts'],
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
    typecheck: {
      enabled: true,
      include: ['packages/*/src/**/*.test-d.ts'],
      tsconfig: './tsconfig.tests.json',
    },
    // The end-to-end suites spawn real CLIs; keep them from starving each other on two cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
