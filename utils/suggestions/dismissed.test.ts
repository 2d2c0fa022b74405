import { describe, expect, it } from 'vitest';
import { dismissSuggestion, dismissedFor, MAX_REMEMBERED_CONVERSATIONS } from './dismissed';

describe('dismissed suggestions', () => {
  it('remembers a dismissal per conversation', async () => {
    await dismissSuggestion('gmail:1', 'customer:send the volumes');
    await dismissSuggestion('gmail:1', 'agent:call the bank');
    expect([...(await dismissedFor('gmail:1'))].sort()).toEqual(['agent:call the bank', 'customer:send the volumes']);
    expect((await dismissedFor('gmail:2')).size).toBe(0);
  });

  it('forgets the oldest conversations beyond the limit', async () => {
    for (let i = 0; i <= MAX_REMEMBERED_CONVERSATIONS; i++) await dismissSuggestion(`c:${i}`, 'k', i);
    expect((await dismissedFor('c:0')).size).toBe(0);
    expect((await dismissedFor(`c:${MAX_REMEMBERED_CONVERSATIONS}`)).size).toBe(1);
  });
});

describe('followDismissedMoves (ledger schema 3: ids name their site)', () => {
  it('re-keys dismissals to the moved ids, merges with any already there, keeps ids with no move', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { followDismissedMoves } = await import('./dismissed');
    fakeBrowser.reset();
    await dismissSuggestion('zendesk:7', 'customer:send the form', 10);
    await dismissSuggestion('zendesk|https://acme.zendesk.com|7', 'agent:call back', 20);
    await dismissSuggestion('hubspot:gone', 'agent:x', 5);
    const moved = await followDismissedMoves(async () => [{ from: 'zendesk:7', to: 'zendesk|https://acme.zendesk.com|7' }]);
    expect(moved).toBe(1);
    expect([...(await dismissedFor('zendesk|https://acme.zendesk.com|7'))].sort()).toEqual(['agent:call back', 'customer:send the form']);
    expect((await dismissedFor('zendesk:7')).size).toBe(0);
    expect((await dismissedFor('hubspot:gone')).size).toBe(1);
    // Run again: nothing left to move.
    expect(await followDismissedMoves(async () => [{ from: 'zendesk:7', to: 'x' }])).toBe(0);
  });
});
