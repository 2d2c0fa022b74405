// The ledger's writes, field by field, through the service: every customer field a new conversation
// keeps, each searched field of a conversation refreshing its commitments' words, the site given or
// read from the URL, what a new commitment records (its history's four fields, its reminder, who
// wrote it), a retried id in another conversation, and the bytes a purge frees.
import { describe, expect, it } from 'vitest';
import { conv, DAY, due, harness, newCommitment, T0 } from './test-helpers';

describe('upsertConversation: a new conversation', () => {
  it.each([
    ['customerName', 'Dana Reyes'],
    ['customerEmail', 'dana@example.com'],
    ['customerOrg', 'Acme'],
    ['customerTimeZone', 'Europe/Berlin'],
    ['lastMessageAt', '2025-03-03T11:00:00.000Z'],
  ] as const)('keeps %s when it is known', async (field, value) => {
    const { ledger } = harness();
    const r = await ledger.upsertConversation(conv('T-9', { [field]: value }));
    expect(r[field]).toBe(value);
    expect((await ledger.getConversation(r.id))?.[field]).toBe(value);
  });

  it('keeps the site it is given, else the origin of its URL', async () => {
    const { ledger } = harness();
    const given = await ledger.upsertConversation(conv('T-9', { site: 'https://other.zendesk.com' }));
    expect(given).toMatchObject({ id: 'zendesk|https://other.zendesk.com|T-9', site: 'https://other.zendesk.com' });
    const read = await ledger.upsertConversation(conv('T-9'));
    expect(read).toMatchObject({ id: 'zendesk|https://acme.zendesk.com|T-9', site: 'https://acme.zendesk.com' });
  });
});

describe("upsertConversation: a changed customer reaches its open commitments' words", () => {
  it.each([
    ['customerName', 'Dana Reyes', 'reyes'],
    ['customerEmail', 'dana@globex.io', 'globex'],
    ['customerOrg', 'Initech', 'initech'],
    ['subject', 'Pallet claim', 'pallet'],
  ] as const)('%s', async (field, value, word) => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form', { conversation: conv('T-9') }));
    expect(await ledger.search(word)).toEqual([]);
    await ledger.upsertConversation(conv('T-9', { [field]: value }));
    expect((await ledger.search(word)).map((h) => h.commitment.id)).toEqual([c.id]);
  });

  it('a field that is not searched (the time zone) changes the conversation only', async () => {
    const { ledger, changes } = harness();
    await ledger.addCommitment(newCommitment('send the form', { conversation: conv('T-9') }));
    const events = changes.length;
    const r = await ledger.upsertConversation(conv('T-9', { customerTimeZone: 'Asia/Tokyo' }));
    expect(r.customerTimeZone).toBe('Asia/Tokyo');
    expect(changes.length).toBe(events + 1);
    expect(changes.at(-1)).toEqual({ kind: 'conversation', conversationIds: [r.id], commitmentIds: [] });
  });
});

describe('addCommitment: what a new commitment records', () => {
  it('its history names the four fields it was made with, each from null', async () => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the invoice', { party: 'customer', dueAt: T0 + DAY }));
    const [created] = await ledger.history(c.id);
    expect(created).toMatchObject({ commitmentId: c.id, conversationId: c.conversationId, kind: 'created', at: T0 });
    expect(created!.changes).toEqual({
      status: { from: null, to: 'open' },
      dueAt: { from: null, to: T0 + DAY },
      party: { from: null, to: 'customer' },
      action: { from: null, to: 'send the invoice' },
    });
  });

  it('the lead minutes, dependencies and party name given, each a copy', async () => {
    const { ledger } = harness();
    const leadMinutes = [30, 0];
    const dependsOn = ['other'];
    const c = await ledger.addCommitment({ ...newCommitment('call back'), reminder: { leadMinutes }, dependsOn, partyName: 'Dana' });
    leadMinutes.push(5);
    dependsOn.push('more');
    expect(c).toMatchObject({ reminder: { leadMinutes: [30, 0], snoozedUntil: null }, dependsOn: ['other'], partyName: 'Dana' });
    expect(await ledger.getCommitment(c.id)).toMatchObject({ reminder: { leadMinutes: [30, 0] }, dependsOn: ['other'], partyName: 'Dana' });
    expect(c).toMatchObject({ revision: 1, cancelReason: null, text: 'call back', action: 'call back', vague: true });
  });

  it("the name the draft's words gave ('Maria to send it') is kept; a name given by the caller wins", async () => {
    const { ledger } = harness();
    const named = newCommitment('send it', { party: 'third-party' });
    named.draft.partyName = 'Maria';
    expect((await ledger.addCommitment(named)).partyName).toBe('Maria');
    const both = newCommitment('send it too', { party: 'third-party' });
    both.draft.partyName = 'Maria';
    expect((await ledger.addCommitment({ ...both, partyName: 'Maria Lopez' })).partyName).toBe('Maria Lopez');
    expect((await ledger.addCommitment(newCommitment('send it again'))).partyName).toBeNull();
  });

  it("a draft's name that is not text is refused, naming the field", async () => {
    const { ledger } = harness();
    const bad = newCommitment('send it');
    (bad.draft as { partyName?: unknown }).partyName = 42;
    await expect(ledger.addCommitment(bad)).rejects.toThrow(/draft\.partyName/);
  });

  it('a deadline given as a Due is kept with its words; no deadline is null', async () => {
    const { ledger } = harness();
    const n = newCommitment('send it');
    n.draft.due = due(T0 + DAY, 'by tomorrow noon');
    const c = await ledger.addCommitment(n);
    expect(c).toMatchObject({ due: { at: new Date(T0 + DAY).toISOString(), text: 'by tomorrow noon' }, dueAt: T0 + DAY });
    expect(await ledger.addCommitment(newCommitment('later'))).toMatchObject({ due: null, dueAt: null });
  });

  it('an id taken in another conversation with the same words is refused', async () => {
    const { ledger } = harness();
    await ledger.addCommitment({ ...newCommitment('call back'), id: 'c-1' });
    await expect(ledger.addCommitment({ ...newCommitment('call back', { conversation: conv('T-2') }), id: 'c-1' })).rejects.toMatchObject({
      code: 'constraint',
    });
  });
});

describe('purge: the bytes it frees', () => {
  it('at least the record and its history as JSON, and nothing when the id is not there', async () => {
    const { ledger, changes } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form', { dueAt: T0 + DAY }));
    await ledger.snooze(c.id, T0 + 5);
    await ledger.reschedule(c.id, T0 + 2 * DAY);
    const record = (await ledger.getCommitment(c.id))!;
    const entries = await ledger.history(c.id);
    const plain = new TextEncoder().encode(JSON.stringify(record)).length + entries.reduce((n, e) => n + JSON.stringify(e).length, 0);
    const { freedBytes } = await ledger.purge(c.id);
    // The stored record also holds its index keys (the open deadline and words), a few dozen bytes.
    expect(freedBytes).toBeGreaterThanOrEqual(plain);
    expect(freedBytes).toBeLessThan(plain + 200);
    expect(changes.at(-1)).toEqual({ kind: 'deleted', conversationIds: [c.conversationId], commitmentIds: [c.id] });
    const events = changes.length;
    expect(await ledger.purge(c.id)).toEqual({ freedBytes: 0 });
    expect(changes.length).toBe(events);
    expect(await ledger.history(c.id)).toEqual([]);
  });
});
