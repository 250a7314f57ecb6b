import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Each file has its own Redis prefix, ports and temp dirs, so files may run in parallel: vitest runs
    // cores - 1 at a time, so one at a time on a 2-core CI box, several on a bigger one.
    fileParallelism: true,
    // Tests serve feeds from 127.0.0.1: a proxy the machine's environment names (for reaching the web) must not carry them.
    env: { HTTP_PROXY: '', http_proxy: '', HTTPS_PROXY: '', https_proxy: '' },
  },
});
