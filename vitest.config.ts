import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // CLI tests spawn the built CLI; keep the machine's two cores for them.
    pool: 'forks',
  },
});
