// `npm run bench`: runs every tests/bench/*.bench.ts in turn. Each prints its own figures, the peer
// measured in the same run, and the ratio.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { missedGoals, NOISE } from './goals';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  // `npm run bench -- speed` runs speed.bench.ts alone when there is one; else every name containing it.
  .filter((f) => !only || (existsSync(join(here, `${only}.bench.ts`)) ? f === `${only}.bench.ts` : f.includes(only)))
  .sort();
for (const file of files) {
  console.log(`\n=== ${file}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`${file} must export run()`);
  await mod.run();
}
const misses = missedGoals();
if (misses.length > 0) {
  console.log(`\n${misses.length} figure(s) missed the goal by more than the noise margin (${Math.round(NOISE * 100)} %):`);
  for (const m of misses) console.log(`  - ${m}`);
  process.exit(1);
}
