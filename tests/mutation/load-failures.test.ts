import { describe, expect, it } from 'vitest';
import type { RunnerTestCase, RunnerTestFile } from 'vitest';
import { LOAD_FAILURE_TEST, markLoadFailure } from './load-failures';

function file(overrides: Partial<RunnerTestFile>): RunnerTestFile {
  return {
    type: 'suite',
    id: 'f1',
    name: 'a.test.ts',
    filepath: '/p/a.test.ts',
    mode: 'run',
    tasks: [],
    meta: {},
    ...overrides,
  } as RunnerTestFile;
}
const test = (state: 'pass' | 'fail'): RunnerTestCase => ({ type: 'test', name: 't', mode: 'run', result: { state } }) as RunnerTestCase;
const importError = { message: 'Cannot read properties of undefined (reading "default")' };

describe('markLoadFailure', () => {
  it('adds one failed test, carrying the error, to a file that did not load', () => {
    const f = file({ result: { state: 'fail', errors: [importError] } });
    markLoadFailure(f);
    expect(f.tasks).toHaveLength(1);
    const added = f.tasks[0] as RunnerTestCase;
    expect(added).toMatchObject({
      type: 'test',
      name: LOAD_FAILURE_TEST,
      mode: 'run',
      file: f,
      result: { state: 'fail', errors: [importError] },
    });
  });

  it('adds it too when the file has errors of its own beside passing tests', () => {
    const f = file({ result: { state: 'fail', errors: [importError] }, tasks: [test('pass')] });
    markLoadFailure(f);
    expect(f.tasks.map((t) => t.name)).toEqual(['t', LOAD_FAILURE_TEST]);
  });

  it('leaves a file alone that loaded, or whose failure a test (even in a suite) already shows', () => {
    const loaded = file({ result: { state: 'pass' }, tasks: [test('pass')] });
    const noErrors = file({ result: { state: 'fail', errors: [] }, tasks: [] });
    const nested = file({
      result: { state: 'fail', errors: [importError] },
      tasks: [{ type: 'suite', name: 's', mode: 'run', tasks: [test('fail')] } as unknown as RunnerTestCase],
    });
    for (const f of [loaded, noErrors, nested]) {
      const before = f.tasks.length;
      markLoadFailure(f);
      expect(f.tasks).toHaveLength(before);
    }
  });
});
