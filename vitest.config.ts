import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects (https://vitest.dev/guide/projects):
// - unit: beside the code they test (utils/**/x.test.ts, components/**/x.test.tsx), with WXT's
//   fake browser;
// - e2e: a real Chromium (playwright-core driving /usr/bin/chromium) with the built extension
//   loaded, in tests/e2e, tests/editors and tests/firefox. One file at a time: each launches its own
//   browser and the machine has 2 cores. Its global setup builds the demo extension once.
// `npx vitest run --project unit` / `--project e2e` runs one (npm run test:unit / test:e2e).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'utils/**/*.test.ts',
            'utils/**/*.test.tsx',
            'components/**/*.test.ts',
            'components/**/*.test.tsx',
            'entrypoints/**/*.test.ts',
            'tests/support/**/*.test.ts',
            'tests/eval/**/*.test.ts',
            'tests/mutation/**/*.test.ts',
          ],
          setupFiles: ['./tests/setup/unit.ts'],
          restoreMocks: true,
          // A bound for a hung test, not a speed check: on a busy 2-core machine a test that imports
          // the popup's modules afresh and mounts React passed 5 s (Vitest's default) at load 36.
          testTimeout: 30_000,
          // WXT's mock of `wxt/browser` imports its fake browser from `wxt/testing`, whose index
          // also exports the Vitest plugin and so loads WXT's whole build toolchain (vite
          // builders, linkedom, c12, magicast): about 3.7 s of imports in every test file, run
          // again for every mutant under mutation testing. The fake browser alone is the same
          // object (wxt/testing/fake-browser, which tests/setup/unit.ts imports too).
          alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts', 'tests/editors/**/*.e2e.ts', 'tests/firefox/**/*.e2e.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['./tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
