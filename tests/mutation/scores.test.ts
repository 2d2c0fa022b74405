import { describe, expect, it } from 'vitest';
import { moduleScore, survivors, withoutUnmeasured, type MutationReport } from './scores';

const report: MutationReport = {
  files: {
    'utils/x/b.ts': {
      source: 'const a = 1;\nif (a < 2) go();\n',
      mutants: [
        { status: 'Killed' },
        {
          status: 'Survived',
          mutatorName: 'EqualityOperator',
          replacement: 'a <= 2',
          location: { start: { line: 2, column: 4 } },
          testsCompleted: 3,
        },
        {
          status: 'Survived',
          mutatorName: 'ObjectLiteral',
          replacement: '{}',
          location: { start: { line: 1, column: 10 } },
          static: true,
          testsCompleted: 0,
        },
        { status: 'Timeout' },
      ],
    },
    'utils/x/a.ts': {
      source: 'x\n',
      mutants: [{ status: 'NoCoverage', mutatorName: 'StringLiteral', replacement: '""', location: { start: { line: 1, column: 0 } } }],
    },
  },
};

describe('survivors', () => {
  it('lists survived and uncovered mutants by file and line, with the source line and whether anything was measured', () => {
    expect(survivors(report)).toEqual([
      { file: 'utils/x/a.ts', line: 1, mutator: 'StringLiteral', original: 'x', replacement: '""', static: false, unmeasured: false },
      {
        file: 'utils/x/b.ts',
        line: 1,
        mutator: 'ObjectLiteral',
        original: 'const a = 1;',
        replacement: '{}',
        static: true,
        unmeasured: true,
      },
      {
        file: 'utils/x/b.ts',
        line: 2,
        mutator: 'EqualityOperator',
        original: 'if (a < 2) go();',
        replacement: 'a <= 2',
        static: false,
        unmeasured: false,
      },
    ]);
  });
});

describe('withoutUnmeasured', () => {
  it('drops the survivors no test ran against and the static survivors, so the next incremental run tests them again', () => {
    const staticSurvivor = { status: 'Survived' as const, static: true, testsCompleted: 12 };
    const staticKill = { status: 'Killed' as const, static: true, testsCompleted: 12 };
    const withStatic: MutationReport = { files: { ...report.files, 'utils/x/c.ts': { mutants: [staticSurvivor, staticKill] } } };
    const { report: kept, dropped } = withoutUnmeasured(withStatic);
    expect(dropped).toBe(2);
    expect(kept.files['utils/x/b.ts']!.mutants.map((m) => m.status)).toEqual(['Killed', 'Survived', 'Timeout']);
    expect(kept.files['utils/x/c.ts']!.mutants).toEqual([staticKill]);
    expect(kept.files['utils/x/a.ts']!.mutants).toHaveLength(1);
    expect(moduleScore(report)).toEqual({ killed: 2, survived: 3, score: 40 });
  });
});
