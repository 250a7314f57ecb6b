import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Each file has its own Redis prefix, ports and temp dirs, so files run in parallel.
    fileParallelism: true,
  },
});
