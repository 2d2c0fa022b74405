// StrykerJS: mutation testing of the pure domain, one module per run (`npm run mutation`, see
// tests/mutation/README.md). The module comes from MUTATION_MODULE (set by tests/mutation/run.ts);
// globs, not file names, so files split or added inside a module are mutated without a change here.
const modules = ['commitments', 'ledger', 'summary', 'reminders', 'settings', 'hosts', 'editors'];
const module = process.env.MUTATION_MODULE;
if (!module || !modules.includes(module)) {
  throw new Error(`MUTATION_MODULE must be one of ${modules.join(', ')} (got ${module ?? 'nothing'}); run "npm run mutation -- <module>"`);
}
// MUTATION_FILES (optional, "a.ts,b.ts" inside the module): mutate only those files, with their own
// report and incremental file beside the module's, so a run that fits in the time at hand
// finishes and lists its survivors; the module's full run and its report are left as they were.
const only = (process.env.MUTATION_FILES ?? '')
  .split(',')
  .map((f) => f.trim())
  .filter(Boolean);
const dir =
  only.length === 0 ? `reports/mutation/${module}` : `reports/mutation/${module}/part-${only.join('+').replace(/[^\w.+-]/g, '_')}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    ...(only.length === 0 ? [`utils/${module}/**/*.ts`] : only.map((f) => `utils/${module}/${f}`)),
    // tests, their fixtures and data are not the code under test
    '!**/*.test.ts',
    '!**/*.test-cases.ts',
    '!**/test-fixtures.ts',
    '!**/test-helpers.ts',
    '!**/*.cases.ts',
    '!**/*.expected.ts',
    '!**/*.d.ts',
  ],
  // perTest: each mutant runs only the tests that cover it; the machine has 2 shared cores.
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 15000,
  timeoutFactor: 2.5,
  // Incremental: the previous result per module is reused; only mutants whose code or covering
  // tests changed run again. One file per module, so running one module keeps the others'.
  incremental: true,
  incrementalFile: `${dir}/stryker-incremental.json`,
  reporters: ['json', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: `${dir}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['.output', 'test-results', 'reports', 'stats.html', 'tests/demo/screenshots'],
  // The TypeScript checker cannot run here: TypeScript 7 (native) has no JS compiler API, which
  // @stryker-mutator/typescript-checker calls. Mutants that do not type-check run like any other.
  disableTypeChecks: 'utils/**/*.{ts,tsx}',
  // Stryker rewrites tsconfig.json's paths for the sandbox through the same missing API; ours
  // needs no rewrite (it only extends ./.wxt/tsconfig.json, copied into the sandbox), so point
  // the rewrite at a file that does not exist.
  tsconfigFile: 'tsconfig.stryker-none.json',
};
