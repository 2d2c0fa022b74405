// `npm run mutation [-- <module>…] [--report-only] [--files] [--survivors]`: runs Stryker on each module in
// turn (one at a time: the machine's cores are shared), then prints module → score and exits
// non-zero when a module is under THRESHOLD. MUTATION_MODULE=<module> works too.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  MODULES,
  THRESHOLD,
  fileScores,
  formatScore,
  moduleScore,
  survivors,
  withoutUnmeasured,
  type MutationModule,
  type MutationReport,
} from './scores';

const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
const showFiles = args.includes('--files');
const showSurvivors = args.includes('--survivors');
// --only=a.ts,b.ts: those files of the module only (MUTATION_FILES in stryker.config.mjs)
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? process.env.MUTATION_FILES ?? '';
const named = args.filter((a) => !a.startsWith('--')).map((a) => a.replace(/^utils\//, '').replace(/\/$/, ''));
if (named.length === 0 && process.env.MUTATION_MODULE) named.push(process.env.MUTATION_MODULE);
const unknown = named.filter((m) => !(MODULES as readonly string[]).includes(m));
if (unknown.length > 0) {
  console.error(`Unknown module ${unknown.join(', ')}: one of ${MODULES.join(', ')}`);
  process.exit(2);
}
const modules = (named.length > 0 ? named : [...MODULES]) as MutationModule[];

const onlyFiles = only
  .split(',')
  .map((f) => f.trim())
  .filter(Boolean);
const partDir = onlyFiles.length === 0 ? '' : `/part-${onlyFiles.join('+').replace(/[^\w.+-]/g, '_')}`;
const reportPath = (module: MutationModule) => `reports/mutation/${module}${partDir}/mutation.json`;
const incrementalPath = (module: MutationModule) => `reports/mutation/${module}${partDir}/stryker-incremental.json`;

const seconds = new Map<MutationModule, number>();
for (const module of reportOnly ? [] : modules) {
  const started = Date.now();
  console.log(`\n=== mutation testing utils/${module}`);
  // Survivors that measured nothing, and static survivors, are tested again (scores.ts, withoutUnmeasured).
  if (existsSync(incrementalPath(module))) {
    const previous = JSON.parse(readFileSync(incrementalPath(module), 'utf8')) as MutationReport;
    const { report, dropped } = withoutUnmeasured(previous);
    if (dropped > 0) {
      writeFileSync(incrementalPath(module), JSON.stringify(report));
      console.log(`${dropped} earlier survivor(s) tested again (no test ran, or static)`);
    }
  }
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_MODULE: module, MUTATION_FILES: only },
  });
  seconds.set(module, (Date.now() - started) / 1000);
  if (run.status !== 0) {
    console.error(`Stryker failed on utils/${module} (exit ${run.status ?? run.signal})`);
    process.exit(run.status ?? 1);
  }
}

let failed = false;
console.log('\nmodule        score    killed  survived  time');
for (const module of modules) {
  if (!existsSync(reportPath(module))) {
    console.log(`${module.padEnd(12)}  no report yet (npm run mutation -- ${module})`);
    failed = true;
    continue;
  }
  const report = JSON.parse(readFileSync(reportPath(module), 'utf8')) as MutationReport;
  const score = moduleScore(report);
  const time = seconds.has(module) ? `${Math.round(seconds.get(module)!)} s` : '';
  console.log(
    `${module.padEnd(12)}  ${formatScore(score).padStart(6)}  ${String(score.killed).padStart(6)}  ${String(score.survived).padStart(8)}  ${time}`,
  );
  if (score.score !== null && score.score < THRESHOLD) failed = true;
  if (showFiles) {
    for (const { file, score: s } of fileScores(report)) {
      console.log(`    ${formatScore(s).padStart(6)}  ${String(s.survived).padStart(4)} surviving  ${file}`);
    }
  }
  if (showSurvivors) {
    for (const m of survivors(report)) {
      const marks = [m.static ? 'static' : '', m.unmeasured ? 'NO TEST RAN' : ''].filter(Boolean).join(', ');
      console.log(`    ${m.file}:${m.line}  ${m.mutator}${marks ? ` (${marks})` : ''}\n      ${m.original}\n      → ${m.replacement}`);
    }
  }
}
if (failed) console.log(`\nUnder ${THRESHOLD}% (or not run): see the surviving mutants in reports/mutation/<module>/mutation.json.`);
process.exit(failed ? 1 : 0);
