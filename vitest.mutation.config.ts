import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation testing (stryker.config.mjs): a module's mutants are judged by the tests beside that
// module, so each mutant loads only those files (loading the whole suite per mutant would take
// hours on this machine). Everything else is the unit config.
const module = process.env.MUTATION_MODULE ?? '';
export default defineConfig({
  ...base,
  test: { ...base.test, include: [`utils/${module}/**/*.test.ts`, `utils/${module}/**/*.test.tsx`] },
});
