import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';
import { LoadFailureReporter } from './load-failures';

// Mutation testing (stryker.config.mjs at the top level): a module's mutants are judged by the tests beside that
// module, so each mutant loads only those files (loading the whole suite per mutant would take
// hours on this machine). Everything else is the `unit` project of vitest.config.ts.
type Project = { test?: { name?: string } & Record<string, unknown> };
const unit = ((base.test?.projects ?? []) as Project[]).find((p) => typeof p === 'object' && p.test?.name === 'unit');
if (!unit?.test) throw new Error('vitest.config.ts has no "unit" project for mutation testing to follow');
const { name: _name, include: _include, ...unitTest } = unit.test;
const module = process.env.MUTATION_MODULE ?? '';
// MUTATION_TESTS (optional, "a.test.ts,b.test.ts" inside the module): judge the mutants by those test
// files only. For a file every test of the module reaches (commitments' text.ts, its module-level
// regular expressions: static mutants), the module's 795 tests per mutant took hours; a score with
// fewer tests is a lower bound of the module's (a mutant they kill, the whole suite kills too).
const tests = (process.env.MUTATION_TESTS ?? '')
  .split(',')
  .map((f) => f.trim())
  .filter(Boolean);
export default defineConfig({
  // The project's root, whichever folder Stryker runs from (its sandbox mirrors the project).
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: base.plugins,
  test: {
    ...unitTest,
    include:
      tests.length > 0 ? tests.map((f) => `utils/${module}/${f}`) : [`utils/${module}/**/*.test.ts`, `utils/${module}/**/*.test.tsx`],
    // One worker runs all the files of a mutant's run, their shared imports and the happy-dom
    // window loaded once (Stryker starts a fresh worker for every run, so a static mutant still
    // gets a fresh module graph): the hosts suite, which a static mutant runs whole, 45 s → 12 s
    // warm. The tests must then leave no state behind for the next file (tests/mutation/README.md).
    // MUTATION_ISOLATE=1 puts every file back in its own worker.
    isolate: process.env.MUTATION_ISOLATE === '1',
    // Under the shared machine's load (average 20–28) the ledger's fake-indexeddb tests that write
    // hundreds of records took over Vitest's 5 s and failed the dry run; a mutant run that fails that
    // way would count as a kill no test made. A mutant that hangs is still stopped by Stryker's own
    // timeout (tests/mutation/README.md).
    testTimeout: 30_000,
    // A test file that does not load (a static mutant broke an import) is a failed test (./load-failures.ts).
    reporters: ['default', new LoadFailureReporter()],
  },
});
