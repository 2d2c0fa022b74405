// The badge's kept set of promises without a date must always be what reading them again gives.
import { describe, expect, it } from 'vitest';
import { conv, DAY, harness, HOUR, newCommitment, T0 } from '../ledger/test-helpers';
import type { LedgerService } from '../ledger/service';
import { UndatedRecords, type UndatedLedger } from './undated-records';

/** The ledger with its reads counted. */
function counting(ledger: LedgerService) {
  const reads = { sets: 0, singles: 0 };
  const counted: UndatedLedger = {
    listUndatedOpen: (limit, cap) => {
      reads.sets++;
      return ledger.listUndatedOpen(limit, cap);
    },
    getCommitment: (id) => {
      reads.singles++;
      return ledger.getCommitment(id);
    },
  };
  return { counted, reads };
}

async function readAgain(ledger: LedgerService, cap = 1000): Promise<string[]> {
  return (await ledger.listUndatedOpen(cap, cap)).items.map((c) => c.id);
}

describe('UndatedRecords: read once, then only what each write names', () => {
  it('stays what a fresh read gives after add, reschedule, done, reopen, delete, undo and cancel', async () => {
    const { ledger, clock, changes } = harness();
    const kept = new UndatedRecords();
    const { counted, reads } = counting(ledger);
    // Every change the ledger announces reaches the set, as the reminder runtime forwards them.
    let heard = 0;
    const follow = () => {
      for (; heard < changes.length; heard++) kept.onChange(changes[heard]!);
    };
    const ids = async () => {
      follow();
      return (await kept.records(counted, 1000)).map((c) => c.id);
    };

    const a = await ledger.addCommitment(newCommitment('get back to you', { dueAt: null }));
    expect(await ids()).toEqual(await readAgain(ledger));
    expect(reads.sets).toBe(1);

    clock.now += HOUR;
    const b = await ledger.addCommitment(newCommitment('look into it', { dueAt: null, conversation: conv('B') }));
    const dated = await ledger.addCommitment(newCommitment('dated', { dueAt: T0 + DAY }));
    expect(await ids()).toEqual([a.id, b.id]);

    await ledger.reschedule(a.id, T0 + 2 * DAY);
    expect(await ids()).toEqual([b.id]);
    await ledger.reschedule(dated.id, null);
    expect(await ids()).toEqual(await readAgain(ledger));
    await ledger.complete(b.id);
    expect(await ids()).toEqual([dated.id]);
    await ledger.reopen(b.id);
    expect(await ids()).toEqual(await readAgain(ledger));
    await ledger.remove(dated.id);
    expect(await ids()).toEqual([b.id]);
    await ledger.undoRemove(dated.id);
    expect(await ids()).toEqual(await readAgain(ledger));
    await ledger.cancel(b.id, 'not needed');
    expect(await ids()).toEqual(await readAgain(ledger));
    // A conversation's new subject changes no date.
    await ledger.upsertConversation(conv('B', { subject: 'Renamed' }));
    expect(await ids()).toEqual(await readAgain(ledger));
    // Only the first read was a whole set; each write re-read the commitments it named.
    expect(reads.sets).toBe(1);
    expect(reads.singles).toBeGreaterThan(0);
  });

  it('reads the whole set again after an import or erase', async () => {
    const { ledger, changes } = harness();
    const source = harness();
    await source.ledger.addCommitment(newCommitment('imported promise', { dueAt: null, conversation: conv('X') }));
    const file = await source.ledger.exportJson();
    const kept = new UndatedRecords();
    const { counted, reads } = counting(ledger);
    await ledger.addCommitment(newCommitment('mine', { dueAt: null }));
    for (const c of changes.splice(0)) kept.onChange(c);
    await kept.records(counted, 1000);

    await ledger.importJson(file);
    for (const c of changes.splice(0)) kept.onChange(c);
    expect((await kept.records(counted, 1000)).map((c) => c.id)).toEqual(await readAgain(ledger));
    expect(reads.sets).toBe(2);

    await ledger.eraseAll();
    for (const c of changes.splice(0)) kept.onChange(c);
    expect(await kept.records(counted, 1000)).toEqual([]);
    expect(reads.sets).toBe(3);
  });

  it('keeps nothing past the cap: the oldest `cap` are read each time', async () => {
    const { ledger, clock, changes } = harness();
    const kept = new UndatedRecords();
    const { counted, reads } = counting(ledger);
    for (let i = 0; i < 3; i++) {
      await ledger.addCommitment(newCommitment(`vague ${i}`, { dueAt: null }));
      clock.now += HOUR;
    }
    for (const c of changes.splice(0)) kept.onChange(c);
    expect((await kept.records(counted, 2)).map((c) => c.id)).toEqual(await readAgain(ledger, 2));
    expect((await kept.records(counted, 2)).map((c) => c.id)).toEqual(await readAgain(ledger, 2));
    expect(reads.sets).toBe(2);

    // Kept below the cap; an add that takes it past the cap is read again in full.
    const small = new UndatedRecords();
    await small.records(counted, 3);
    await ledger.addCommitment(newCommitment('one more', { dueAt: null }));
    for (const c of changes.splice(0)) small.onChange(c);
    expect((await small.records(counted, 3)).map((c) => c.id)).toEqual(await readAgain(ledger, 3));
  });

  it('remembers when each note starts to count until the settings change', () => {
    const kept = new UndatedRecords();
    let calls = 0;
    const from = (createdAt: number) => {
      calls++;
      return createdAt + DAY;
    };
    const f = kept.countsFrom('one', from);
    expect([f(T0), f(T0), f(T0 + 1)]).toEqual([T0 + DAY, T0 + DAY, T0 + 1 + DAY]);
    expect(calls).toBe(2);
    const g = kept.countsFrom('two', (createdAt) => createdAt + 2 * DAY);
    expect(g(T0)).toBe(T0 + 2 * DAY);
  });

  it('a promise changed again while the set is read is read again', async () => {
    const { ledger, changes } = harness();
    const kept = new UndatedRecords();
    const a = await ledger.addCommitment(newCommitment('get back to you', { dueAt: null }));
    // Heard before the read (the read has it)...
    kept.onChange(changes.at(-1)!);
    let heard = changes.length;
    const follow = () => {
      for (; heard < changes.length; heard++) kept.onChange(changes[heard]!);
    };
    // ...and changed again while the read runs (the read was taken before it).
    const during: UndatedLedger = {
      listUndatedOpen: async (limit, cap) => {
        const read = await ledger.listUndatedOpen(limit, cap);
        await ledger.complete(a.id);
        follow();
        return read;
      },
      getCommitment: (id) => ledger.getCommitment(id),
    };
    expect(await kept.records(during, 1000)).toEqual([]);
    expect(await kept.records(during, 1000)).toEqual([]);
    expect(await readAgain(ledger)).toEqual([]);
  });
});
