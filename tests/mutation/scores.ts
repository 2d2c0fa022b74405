// Scores from Stryker's JSON report (mutation-testing-report-schema): per module, and per file
// for the files that pull a module down. Pure: reads the report objects it is given.

export const MODULES = ['commitments', 'ledger', 'summary', 'reminders', 'settings', 'hosts', 'editors'] as const;
export type MutationModule = (typeof MODULES)[number];
export const THRESHOLD = 80;

type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
interface ReportedMutant {
  status: MutantStatus;
  mutatorName?: string;
  replacement?: string;
  location?: { start: { line: number; column: number } };
  static?: boolean;
  testsCompleted?: number;
}
export interface MutationReport {
  files: Record<string, { source?: string; mutants: ReportedMutant[] }>;
}

export interface Score {
  killed: number; // killed + timed out (an infinite loop is a caught mutant)
  survived: number; // survived + no coverage
  score: number | null; // percent of valid mutants caught; null when there are none
}

export function scoreOf(statuses: MutantStatus[]): Score {
  let killed = 0;
  let survived = 0;
  for (const status of statuses) {
    if (status === 'Killed' || status === 'Timeout') killed++;
    else if (status === 'Survived' || status === 'NoCoverage') survived++;
    // CompileError, RuntimeError, Ignored, Pending are not valid mutants (Stryker's own rule)
  }
  const valid = killed + survived;
  return { killed, survived, score: valid === 0 ? null : (100 * killed) / valid };
}

export function moduleScore(report: MutationReport): Score {
  return scoreOf(Object.values(report.files).flatMap((file) => file.mutants.map((m) => m.status)));
}

export function fileScores(report: MutationReport): { file: string; score: Score }[] {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => ({ file, score: scoreOf(mutants.map((m) => m.status)) }))
    .sort((a, b) => (a.score.score ?? 100) - (b.score.score ?? 100));
}

export function formatScore(score: Score): string {
  return score.score === null ? 'n/a' : `${score.score.toFixed(1)}%`;
}

export interface Survivor {
  file: string;
  line: number;
  mutator: string;
  original: string; // the source line, trimmed
  replacement: string;
  static: boolean;
  /** Covered, yet no test ran against it: Stryker's Vitest runner reports such a run as survived
   * (stryker-js#6213) although it measured nothing; run the module again before writing a test. */
  unmeasured: boolean;
}

/** The surviving (and uncovered) mutants of a report, by file and line. */
export function survivors(report: MutationReport): Survivor[] {
  return Object.entries(report.files)
    .flatMap(([file, { source, mutants }]) => {
      const lines = (source ?? '').split('\n');
      return mutants
        .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
        .map((m) => {
          const line = m.location?.start.line ?? 0;
          return {
            file,
            line,
            mutator: m.mutatorName ?? '?',
            original: (lines[line - 1] ?? '').trim(),
            replacement: (m.replacement ?? '').replace(/\s+/g, ' '),
            static: m.static === true,
            unmeasured: m.status === 'Survived' && m.testsCompleted === 0,
          };
        });
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * The report without the results an incremental run must not reuse, and how many: survivors that
 * measured nothing (see Survivor.unmeasured), and static survivors. A static mutant is judged by
 * every test of the module, but Stryker's incremental run reuses its result when its own code is
 * unchanged, even after tests were added (measured: a settings test that kills the static
 * `fallback = ''` mutant left it "survived"). Kills are kept: a test added never revives a mutant.
 */
export function withoutUnmeasured(report: MutationReport): { report: MutationReport; dropped: number } {
  let dropped = 0;
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => {
      const mutants = file.mutants.filter((m) => !(m.status === 'Survived' && (m.testsCompleted === 0 || m.static === true)));
      dropped += file.mutants.length - mutants.length;
      return [name, { ...file, mutants }];
    }),
  );
  return { report: { ...report, files }, dropped };
}
