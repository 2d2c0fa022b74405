import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests sit beside the code they test (utils/**/x.test.ts, components/**/x.test.tsx).
// End-to-end tests in a real Chromium live in tests/e2e and have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['utils/**/*.test.ts', 'utils/**/*.test.tsx', 'components/**/*.test.ts', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'tests/support/**/*.test.ts', 'tests/eval/**/*.test.ts'],
    setupFiles: ['./tests/setup/unit.ts'],
    restoreMocks: true,
  },
});
