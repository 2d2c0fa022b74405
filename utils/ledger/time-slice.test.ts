// Long synchronous work gives way to the event loop in short turns: the options page's read of an
// import file (one thread with the popup and the panels) and the worker's check of a batch.
import { describe, expect, it } from 'vitest';
import { macrotask, TimeSlicer } from './time-slice';
import { READ_STEP_CHARS, readExport, type ExportSection } from './stream';

describe('TimeSlicer', () => {
  it('gives way only once a turn has run its budget, then starts a new turn', async () => {
    const clock = { now: 0 };
    let gaveWay = 0;
    const slicer = new TimeSlicer(
      8,
      () => clock.now,
      async () => void gaveWay++,
    );
    await slicer.pause();
    clock.now = 7;
    await slicer.pause();
    expect(gaveWay).toBe(0);
    clock.now = 8;
    await slicer.pause();
    expect(gaveWay).toBe(1);
    clock.now = 15;
    await slicer.pause();
    expect(gaveWay).toBe(1);
    clock.now = 16;
    await slicer.pause();
    expect(gaveWay).toBe(2);
    expect(slicer.yields).toBe(2);
  });

  it('by default reads the clock of the page and gives way in a macrotask', async () => {
    // A turn of a minute: the real clock has not run it out, so no pause gives way.
    const long = new TimeSlicer(60_000);
    await long.pause();
    await long.pause();
    expect(long.yields).toBe(0);
    // A turn of nothing: each pause gives way, after a message queued before it.
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => order.push('message');
    const none = new TimeSlicer(0);
    channel.port2.postMessage(null);
    await none.pause();
    order.push('after');
    channel.port1.close();
    expect(order).toEqual(['message', 'after']);
    expect(none.yields).toBe(1);
  });

  it('macrotask lets a message queued before it be handled first', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => order.push('message');
    channel.port2.postMessage(null);
    await macrotask();
    order.push('after');
    channel.port1.close();
    expect(order).toEqual(['message', 'after']);
  });
});

describe('readExport in turns', () => {
  const file = (n: number) =>
    `{"format":"commitment-keeper","version":2,"exportedAt":0,\n"conversations":[${Array.from({ length: n }, (_, i) => JSON.stringify({ id: `c${i}`, subject: 'x'.repeat(200) })).join(',\n')}],\n"commitments":[],\n"history":[]}`;

  it('gives way within one large piece of the file (the browser may hand over megabytes at once)', async () => {
    const text = file(2000);
    expect(text.length).toBeGreaterThan(20 * READ_STEP_CHARS);
    const seen: Array<[ExportSection, number]> = [];
    let gaveWay = 0;
    // A budget of 0: every step is a turn of its own.
    const slicer = new TimeSlicer(
      0,
      () => 0,
      async () => void gaveWay++,
    );
    async function* one() {
      yield text;
    }
    await readExport(one(), (section, _record, index) => void seen.push([section, index]), slicer);
    expect(seen).toHaveLength(2000);
    expect(seen.every(([s, i], k) => s === 'conversations' && i === k)).toBe(true);
    // At least once per step of the text, not once per piece.
    expect(gaveWay).toBeGreaterThanOrEqual(Math.floor(text.length / READ_STEP_CHARS));
  });

  it('reads the same records whatever the turns (pieces cut anywhere, characters outside the BMP)', async () => {
    const text = file(300).replace(/x{200}/g, (_m) => '😀é'.repeat(60));
    const whole: unknown[] = [];
    async function* one() {
      yield text;
    }
    await readExport(
      one(),
      (_s, r) => void whole.push(r),
      new TimeSlicer(
        0,
        () => 0,
        async () => undefined,
      ),
    );
    const cut: unknown[] = [];
    async function* pieces() {
      for (let at = 0; at < text.length; at += 7777) yield text.slice(at, at + 7777);
    }
    await readExport(pieces(), (_s, r) => void cut.push(r));
    expect(cut).toEqual(whole);
    expect(whole).toHaveLength(300);
    expect((whole[0] as { subject: string }).subject).toBe('😀é'.repeat(60));
  });
});
