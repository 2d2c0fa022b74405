// A Vitest reporter for mutation testing: a test file that fails to load counts as a failed test.
//
// A static mutant (code run while a module loads: a table, a regular expression, a default built
// at import) can break the import itself (`SETTINGS_FIELDS.agentVoice = {}` throws while the
// defaults are derived). Vitest then reports the file as failed with no test in it, and Stryker's
// Vitest runner (9.6) reads only the tests: none ran, none failed, so it scored the mutant
// "survived" (stryker-js#6217). In the settings run of 2026-11-30, 17 of 69 survivors were such
// imports that threw. Adding one failed test per such file lets Stryker see the failure.
import type { RunnerTask, RunnerTestCase, RunnerTestFile } from 'vitest';
import type { Reporter, Vitest } from 'vitest/node';

export const LOAD_FAILURE_TEST = 'the test file loads';

function hasFailedTest(task: RunnerTask): boolean {
  if (task.type === 'test') return task.result?.state === 'fail';
  return task.tasks.some(hasFailedTest);
}

/** Adds a failed test to `file` when it has errors of its own (it did not load) and no failed test. */
export function markLoadFailure(file: RunnerTestFile): void {
  const errors = file.result?.errors ?? [];
  if (errors.length === 0 || hasFailedTest(file)) return;
  // Only what a reader of results looks at: the runner's Test has more fields, none of them read
  // after the run.
  const failed: Partial<RunnerTestCase> = {
    type: 'test',
    id: `${file.id}_load`,
    name: LOAD_FAILURE_TEST,
    mode: 'run',
    file,
    result: { state: 'fail', errors },
    meta: {},
  };
  file.tasks.push(failed as RunnerTestCase);
}

export class LoadFailureReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(): void {
    for (const file of this.vitest?.state.getFiles() ?? []) markLoadFailure(file);
  }
}
