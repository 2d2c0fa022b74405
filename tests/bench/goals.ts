// Figures with a goal, printed beside their peer measured in the same run, and remembered so that
// `npm run bench` exits non-zero when one misses its goal by more than the noise margin.
//
// Noise margin: NOISE = 25 % over the goal (BENCH_NOISE to change). On this project's 2-core machines
// other engineers' builds and tests run beside the bench; repeated runs of the same build differ by
// up to about a quarter in medians, so a figure is called a miss only beyond that.
export const NOISE = Number(process.env.BENCH_NOISE ?? 0.25);

export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'KiB' | 'MB';
  /** At most this (lower is better). Absent: reported only. */
  goal?: number;
  peer?: { name: string; value: number };
}

const misses: string[] = [];

export function verdict(f: Figure): string {
  if (f.goal === undefined) return '';
  if (f.value <= f.goal) return 'met';
  return f.value <= f.goal * (1 + NOISE) ? 'over, within noise' : 'MISSED';
}

const num = (v: number, unit: Figure['unit']) =>
  Number.isFinite(v) ? `${v >= 100 ? v.toFixed(0) : v.toFixed(unit === 'ms' && v < 10 ? 2 : 1)} ${unit}` : 'n/a';

/** Prints one table and records the misses. */
export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'figure'.padEnd(46)}${'ours'.padStart(11)}${'goal'.padStart(11)}   ${'verdict'.padEnd(19)}${'peer (same run)'.padEnd(40)}${'ratio'.padStart(9)}`,
  );
  for (const f of figures) {
    const v = verdict(f);
    if (v === 'MISSED') misses.push(`${f.name}: ${num(f.value, f.unit)} (goal ≤ ${num(f.goal!, f.unit)})`);
    const peer = f.peer ? `${f.peer.name} ${num(f.peer.value, f.unit)}` : '';
    const ratio = f.peer && f.peer.value > 0 ? `${(f.value / f.peer.value).toFixed(2)}×` : '';
    console.log(
      `${f.name.padEnd(46)}${num(f.value, f.unit).padStart(11)}${(f.goal === undefined ? '—' : `≤ ${num(f.goal, f.unit)}`).padStart(11)}   ${v.padEnd(19)}${peer.padEnd(40)}${ratio.padStart(9)}`,
    );
  }
}

export function missedGoals(): readonly string[] {
  return misses;
}
