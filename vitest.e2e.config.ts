import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium (playwright-core driving /usr/bin/chromium) with the built
// extension loaded. One file at a time: each launches its own browser and the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'tests/editors/**/*.e2e.ts', 'tests/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['./tests/e2e/global-setup.ts'],
  },
});
