// The demo build's fault points, each write by name: 'quota' fails every write but purge (reads go
// on), as a full disk in the ledger's words; 'before-write' and 'after-commit' stop one call only.
import { describe, expect, it, vi } from 'vitest';
import { withFaultPoints, type ArmedFault } from './faults';
import type { LedgerService } from './service';
import { conv, harness, newCommitment, said } from './test-helpers';

const WRITES = [
  'addCommitment',
  'updateCommitment',
  'complete',
  'reopen',
  'cancel',
  'reschedule',
  'snooze',
  'remove',
  'undoRemove',
] as const;

describe('fault points, each write', () => {
  it('quota: every write by name fails as a full disk, purge and reads do not', async () => {
    const { ledger } = harness();
    const c = await ledger.addCommitment({ ...newCommitment('x'), id: 'c1' });
    const scope: { __ckFault?: ArmedFault | null } = { __ckFault: { point: 'quota' } };
    const wrapped = withFaultPoints(ledger, scope);
    const call = (name: string): Promise<unknown> => (Reflect.get(wrapped, name) as (...a: unknown[]) => Promise<unknown>)('c1', {});
    for (const name of WRITES) {
      const err = await call(name).catch((e: unknown) => e);
      expect(err, name).toMatchObject({ name: 'LedgerError', code: 'quota', words: { message: 'quota', action: 'writeLedger' } });
      expect(scope.__ckFault, name).toMatchObject({ hit: true, method: name });
    }
    const full = (await call('complete').catch((e: unknown) => e)) as { detail: string };
    expect(said(full)).toMatch(/storage for Commitment Keeper is full/);
    expect(full.detail).toBe('QuotaExceededError: The quota has been exceeded (fault point, complete).');
    // Reads and writes the fault does not name go through.
    expect(await wrapped.getCommitment('c1')).toEqual(c);
    expect((await wrapped.upsertConversation(conv('T-2'))).key).toBe('T-2');
    expect((await wrapped.purge('c1')).freedBytes).toBeGreaterThan(0);
  });

  it('before-write stops one write only, and reads are never stopped', async () => {
    const { ledger } = harness();
    const scope: { __ckFault?: ArmedFault | null } = { __ckFault: { point: 'before-write' } };
    const wrapped = withFaultPoints(ledger, scope);
    expect(await wrapped.getCommitment('none')).toBeNull();
    expect(scope.__ckFault?.hit).toBeUndefined();
    void wrapped.addCommitment({ ...newCommitment('x'), id: 'c1' });
    await vi.waitFor(() => expect(scope.__ckFault).toMatchObject({ hit: true, method: 'addCommitment' }), { timeout: 20_000 });
    expect((await wrapped.addCommitment({ ...newCommitment('y'), id: 'c2' })).id).toBe('c2');
    expect(await ledger.getCommitment('c1')).toBeNull();
  });

  it('after-commit stops one answer only; the next write is answered', async () => {
    const { ledger } = harness();
    const scope: { __ckFault?: ArmedFault | null } = { __ckFault: { point: 'after-commit' } };
    const wrapped = withFaultPoints(ledger, scope);
    void wrapped.addCommitment({ ...newCommitment('x'), id: 'c1' });
    await vi.waitFor(() => expect(scope.__ckFault).toMatchObject({ hit: true, method: 'addCommitment' }), { timeout: 20_000 });
    expect((await wrapped.complete('c1')).commitment.status).toBe('done');
    expect(scope.__ckFault).toMatchObject({ hit: true, method: 'addCommitment' });
  });

  it('what is not a method is handed back as it is', () => {
    const { ledger } = harness();
    const wrapped: LedgerService = withFaultPoints(ledger, {});
    expect(Reflect.get(wrapped, 'then')).toBeUndefined();
    expect(Reflect.get(wrapped, 'notAMethod')).toBeUndefined();
  });
});
