import { describe, expect, it, vi } from 'vitest';
import { withFaultPoints, type ArmedFault } from './faults';
import { harness, newCommitment } from './test-helpers';

describe('fault points (demo build)', () => {
  it('passes every call through when nothing is armed, reads included (private fields)', async () => {
    const { ledger } = harness();
    const scope: { __ckFault?: ArmedFault | null } = {};
    const wrapped = withFaultPoints(ledger, scope);
    const c = await wrapped.addCommitment({ ...newCommitment('x'), id: 'c1' });
    expect(await wrapped.getCommitment('c1')).toEqual(c);
  });

  it('after-commit: the write is stored but never answered; before-write: nothing is stored', async () => {
    const { ledger } = harness();
    const scope: { __ckFault?: ArmedFault | null } = { __ckFault: { point: 'after-commit' } };
    const wrapped = withFaultPoints(ledger, scope);
    let answered = false;
    void wrapped.addCommitment({ ...newCommitment('x'), id: 'c1' }).then(() => (answered = true));
    await vi.waitFor(() => expect(scope.__ckFault).toMatchObject({ hit: true, method: 'addCommitment' }));
    expect(answered).toBe(false);
    expect(await ledger.getCommitment('c1')).not.toBeNull();

    scope.__ckFault = { point: 'before-write' };
    void wrapped.addCommitment({ ...newCommitment('y'), id: 'c2' });
    await vi.waitFor(() => expect(scope.__ckFault?.hit).toBe(true));
    expect(await ledger.getCommitment('c2')).toBeNull();
  });

  it('quota: writes fail as on a full disk until cleared; purge (the delete that frees space) still works', async () => {
    const { ledger } = harness();
    await ledger.addCommitment({ ...newCommitment('x'), id: 'c1' });
    const scope: { __ckFault?: ArmedFault | null } = { __ckFault: { point: 'quota' } };
    const wrapped = withFaultPoints(ledger, scope);
    await expect(wrapped.addCommitment({ ...newCommitment('y'), id: 'c2' })).rejects.toMatchObject({ code: 'quota' });
    await expect(wrapped.remove('c1')).rejects.toMatchObject({ code: 'quota' });
    expect((await wrapped.purge('c1')).freedBytes).toBeGreaterThan(0);
    scope.__ckFault = null;
    expect((await wrapped.addCommitment({ ...newCommitment('y'), id: 'c2' })).id).toBe('c2');
  });
});
