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
