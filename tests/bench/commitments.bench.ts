// Commitment parsing speed: median time per sentence for parseCommitment against plain
// chrono.casual.parse on the same sentences (goal ≤ 1.5×), and the time to scan a generated
// 200-message conversation with findCommitments (goal ≤ 30 ms). Sentences are written here
// for the bench; the external eval data is not used.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { build } from 'esbuild';
import type { ParseContext, Party } from '../../utils/commitments/index';
import type * as Commitments from '../../utils/commitments/index';

/**
 * The domain as it ships: bundled the way the extension build bundles it, not through the dev loader
 * (which wraps every function in a naming helper: a few per cent on our side only). chrono-node stays
 * external, so both sides call the very same chrono-node module.
 */
async function loadShipped(): Promise<typeof Commitments> {
  const here = dirname(fileURLToPath(import.meta.url));
  // Inside node_modules/.cache, so the bundle's `import 'chrono-node'` resolves to the project's copy.
  const cache = join(here, '../../node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'ck-bench-'));
  const outfile = join(dir, 'commitments.mjs');
  try {
    await build({
      entryPoints: [join(here, '../../utils/commitments/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      external: ['chrono-node'],
      outfile,
      logLevel: 'error',
    });
    return (await import(pathToFileURL(outfile).href)) as typeof Commitments;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ctx: ParseContext = {
  now: new Date('2026-11-25T10:00:00-05:00'),
  timeZone: 'America/New_York',
  customerTimeZone: 'Europe/Berlin',
  customerName: 'Dana Whitfield',
};

const SENTENCES = [
  "I'll send the updated quote by Friday EOD.",
  'We will refund the duplicate charge within 3 business days.',
  'Dana to sign the renewal form by the 15th.',
  'cust: upload the server logs before 4pm PT tomorrow',
  "Let me check with engineering and I'll get back to you by end of the week.",
  'Our team will call you first thing Monday morning.',
  'The courier will pick up the parcel next Tuesday between 9 and 12.',
  "We'll ship the replacement once you confirm the address, so it arrives before the holidays.",
  'I will escalate this to billing today and update you by COB.',
  'You will receive a confirmation email shortly.',
  "I'll follow up next business day if we haven't heard back.",
  'Please send the signed contract by March 31 at 5pm your time.',
  'We will have the new invoice ready in 2 hours.',
  'Legal to review the amendment by end of next month.',
  'Thanks for waiting, we are looking into it.',
  'I will call you on Thursday at 10:30am ET to walk through the setup.',
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Per-sentence times (ms) of `a` and `b` over all sentences, `rounds` times. The two alternate
 * round by round (and which goes first alternates too), so a change in machine load between
 * phases cannot favour either side.
 */
function perSentencePair(a: (s: string) => unknown, b: (s: string) => unknown, rounds: number): [number[], number[]] {
  const ta: number[] = [];
  const tb: number[] = [];
  const one = (fn: (s: string) => unknown, out: number[]) => {
    for (const s of SENTENCES) {
      const t0 = performance.now();
      fn(s);
      out.push(performance.now() - t0);
    }
  };
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      one(a, ta);
      one(b, tb);
    } else {
      one(b, tb);
      one(a, ta);
    }
  }
  return [ta, tb];
}

const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;

function conversation(n: number): { text: string; author: Party }[] {
  const agent = [
    'Hi Dana,\nThanks for the details. I will check the logs and get back to you by Thursday.\nBest regards,\nSam',
    "Sorry for the trouble! We'll issue the refund within 3 business days. Could you confirm the last four digits of the card?",
    'I have forwarded this to engineering. They will update the ticket by end of the week.',
    'Our records show the order shipped yesterday.',
    "Let me look into this. I'll reply before 5pm ET today.",
  ];
  const customer = [
    "Thanks. I'll send the screenshots tomorrow morning.\n\nOn Tue, Nov 24, 2026 Sam wrote:\n> I will check the logs",
    'Is there any update on this? It has been a week.',
    'I will try the workaround tonight and let you know.',
    'The package still has not arrived.',
    'Sure, I can get you the invoice number by Friday.',
  ];
  const out: { text: string; author: Party }[] = [];
  for (let i = 0; i < n; i++) {
    const side = i % 2 === 0 ? 'customer' : 'agent';
    const pool = side === 'agent' ? agent : customer;
    out.push({ text: pool[i % pool.length]!, author: side });
  }
  return out;
}

export async function run(): Promise<void> {
  const { findCommitments, parseCommitment } = await loadShipped();
  // Warm up both (JIT, our chrono instance and Intl formatters are built lazily).
  for (let i = 0; i < 100; i++)
    for (const s of SENTENCES) {
      parseCommitment(s, ctx);
      chrono.casual.parse(s, ctx.now);
    }

  const rounds = 100;
  const [plainTimes, oursTimes] = perSentencePair(
    (s) => chrono.casual.parse(s, ctx.now),
    (s) => parseCommitment(s, ctx),
    rounds,
  );
  const plain = median(plainTimes);
  const ours = median(oursTimes);
  console.log(`sentences: ${SENTENCES.length} × ${rounds} rounds, the two interleaved`);
  console.log(`median per sentence  plain chrono.casual.parse: ${(plain * 1000).toFixed(1)} µs`);
  console.log(`median per sentence  parseCommitment:           ${(ours * 1000).toFixed(1)} µs`);
  console.log(`ratio ours / chrono: ${(ours / plain).toFixed(2)}×  (goal ≤ 1.5×)`);
  console.log(
    `(mean per sentence: chrono ${(mean(plainTimes) * 1000).toFixed(1)} µs, ours ${(mean(oursTimes) * 1000).toFixed(1)} µs, ratio ${(mean(oursTimes) / mean(plainTimes)).toFixed(2)}×)`,
  );

  const convo = conversation(200);
  for (let i = 0; i < 3; i++) for (const m of convo) findCommitments(m, ctx);
  const scans: number[] = [];
  let found = 0;
  for (let r = 0; r < 15; r++) {
    const t0 = performance.now();
    found = 0;
    for (const m of convo) found += findCommitments(m, ctx).length;
    scans.push(performance.now() - t0);
  }
  console.log(
    `200-message conversation scan (findCommitments): median ${median(scans).toFixed(1)} ms over ${scans.length} runs, ${found} commitments  (goal ≤ 30 ms)`,
  );
}
