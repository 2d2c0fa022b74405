// Scores from Stryker's JSON report (mutation-testing-report-schema): per module, and per file
// for the files that pull a module down. Pure: reads the report objects it is given.

export const MODULES = ['commitments', 'ledger', 'summary', 'reminders', 'settings', 'hosts', 'editors'] as const;
export type MutationModule = (typeof MODULES)[number];
export const THRESHOLD = 80;

type MutantStatus = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
export interface MutationReport {
  files: Record<string, { mutants: { status: MutantStatus }[] }>;
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
