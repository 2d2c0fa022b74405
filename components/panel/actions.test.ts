import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseCommitment } from '@/utils/commitments';
import { LedgerError } from '@/utils/ledger/errors';
import { conversationIdOf } from '@/utils/ledger/ids';
import { conv, harness, T0, DAY } from '@/utils/ledger/test-helpers';
import type { InsertOutcome, PageState } from '@/utils/messaging/protocol';
import { dismissedFor } from '@/utils/suggestions/dismissed';
import type { Suggestion } from '@/utils/suggestions';
import { createPanelActions, formatBytes, type PanelActionDeps } from './actions';
import { usePanelStore } from './store';

const CONTEXT = { timeZone: 'UTC', workday: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] } };
const conversation = conv('T-7', { customerName: 'Priya' });
const page: PageState = { kind: 'conversation', hostName: 'Zendesk', conversation, messages: [], problems: [] };
const draftOf = (text: string) => parseCommitment(text, { ...CONTEXT, now: new Date(T0) });

function setup(overrides: Partial<PanelActionDeps> = {}) {
  const h = harness();
  const reload = vi.fn(async () => {
    usePanelStore.getState().setCommitments(await h.ledger.listByConversation(conversationIdOf(conversation)));
  });
  const inserted: string[] = [];
  const asked: Array<string | null> = [];
  const deps: PanelActionDeps = {
    ledger: h.ledger,
    store: usePanelStore,
    context: () => CONTEXT,
    seen: async () => true,
    reload,
    insert: async (content): Promise<InsertOutcome> => {
      inserted.push(content.text);
      return { ok: true, method: 'paste' };
    },
    copy: async () => true,
    askAnother: (reason) => asked.push(reason),
    now: () => h.clock.now,
    ...overrides,
  };
  return { ...h, reload, inserted, asked, actions: createPanelActions(deps) };
}

const s = () => usePanelStore.getState();

beforeEach(() => {
  usePanelStore.setState(usePanelStore.getInitialState(), true);
  usePanelStore.getState().setPage(page);
  // fakeBrowser has no catalog: answer with the key and its substitutions, so the tests read what was said.
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) =>
    subs?.length ? `${key}(${subs.join('|')})` : key) as typeof fakeBrowser.i18n.getMessage;
});

describe('panel actions: the entry box', () => {
  it('saves a note on the conversation it was typed on, once per id', async () => {
    const { actions, ledger, reload } = setup();
    const target = { id: crypto.randomUUID(), conversationId: conversationIdOf(conversation) };
    expect(await actions.add(draftOf("I'll send the invoice by Friday"), target)).toBe(true);
    expect(await actions.add(draftOf("I'll send the invoice by Friday"), target)).toBe(true);
    const list = await ledger.listByConversation(target.conversationId);
    expect(list.map((c) => c.text)).toEqual(["I'll send the invoice by Friday"]);
    expect(reload).toHaveBeenCalled();
  });

  it('refuses a note typed on another conversation (the agent switched threads meanwhile)', async () => {
    const { actions, ledger } = setup();
    const other = conversationIdOf(conv('T-8'));
    expect(await actions.add(draftOf("I'll call you tomorrow"), { id: crypto.randomUUID(), conversationId: other })).toBe(false);
    expect(await ledger.listByConversation(other)).toEqual([]);
  });

  it('says what failed and answers false when the ledger refuses', async () => {
    const { actions, ledger } = setup();
    vi.spyOn(ledger, 'addCommitment').mockRejectedValue(new LedgerError('invalid-input', 'the words are too long'));
    const ok = await actions.add(draftOf("I'll call"), { id: crypto.randomUUID(), conversationId: conversationIdOf(conversation) });
    expect(ok).toBe(false);
    expect(s().notice).toEqual({ kind: 'error', text: 'errorAction(save|the words are too long)' });
  });
});

describe('panel actions: one commitment', () => {
  async function withOne(text = "I'll send the invoice by Friday") {
    const h = setup();
    const record = await h.ledger.addCommitment({ conversation, draft: draftOf(text), source: 'typed' });
    await h.reload();
    return { ...h, record };
  }

  it('edits the words and reads the deadline again; the editor closes and the list is read again', async () => {
    const { actions, ledger, record } = await withOne();
    s().startEdit(record);
    s().updateEdit(record.id, { text: "I'll send the invoice by Monday" });
    await actions.commitment.saveEdit(record.id);
    const [saved] = await ledger.listByConversation(record.conversationId);
    expect(saved!.text).toBe("I'll send the invoice by Monday");
    expect(saved!.due?.text).toMatch(/Monday/);
    expect(s().editing[record.id]).toBeUndefined();
  });

  it("an edit's name follows its words: a new subject's name, the side's old name kept, another side none", async () => {
    const { actions, ledger, record } = await withOne('The courier will send the contract by Friday');
    expect(record).toMatchObject({ party: 'third-party', partyName: 'the courier' });
    const edit = async (text: string) => {
      const current = (await ledger.getCommitment(record.id))!;
      s().startEdit(current);
      s().updateEdit(record.id, { text });
      await actions.commitment.saveEdit(record.id);
      return (await ledger.getCommitment(record.id))!;
    };
    expect(await edit('The courier will send the contract by Monday')).toMatchObject({ party: 'third-party', partyName: 'the courier' });
    expect(await edit('FedEx will send the contract by Monday')).toMatchObject({ party: 'third-party', partyName: 'FedEx' });
    expect(await edit('they will send the contract by Monday')).toMatchObject({ party: 'third-party', partyName: 'FedEx' });
    expect(await edit("I'll send the contract by Monday")).toMatchObject({ party: 'agent', partyName: null });
  });

  it('keeps the words open beside the newer version when another tab changed it first', async () => {
    const { actions, ledger, record } = await withOne();
    s().startEdit(record);
    await ledger.updateCommitment(record.id, { text: 'changed elsewhere' });
    s().updateEdit(record.id, { text: 'my words by Monday' });
    await actions.commitment.saveEdit(record.id);
    expect(s().editing[record.id]?.text).toBe('my words by Monday');
    expect(s().editing[record.id]?.conflict?.text).toBe('changed elsewhere');
  });

  it('reschedules to words it understands, and refuses others with a hint', async () => {
    const { actions, ledger, record } = await withOne();
    expect(await actions.commitment.reschedule(record.id, 'next Tuesday')).toBe(true);
    const [moved] = await ledger.listByConversation(record.conversationId);
    expect(moved!.due?.text).toBe('next Tuesday');
    expect(moved!.dueAt).toBeGreaterThan(T0 + 5 * DAY);
    expect(await actions.commitment.reschedule(record.id, 'when pigs fly')).toBe(false);
    expect(s().notice?.text).toBe('rescheduleNotUnderstood(when pigs fly)');
  });

  it('marks done only when the panel is seen', async () => {
    let visible = false;
    const h = setup({ seen: async () => visible });
    const record = await h.ledger.addCommitment({ conversation, draft: draftOf("I'll call by Friday"), source: 'typed' });
    h.actions.commitment.complete(record.id);
    await vi.waitFor(() => expect(h.reload).not.toHaveBeenCalled());
    expect((await h.ledger.listByConversation(record.conversationId))[0]!.status).toBe('open');
    visible = true;
    h.actions.commitment.complete(record.id);
    await vi.waitFor(async () => expect((await h.ledger.listByConversation(record.conversationId))[0]!.status).toBe('done'));
  });

  it('deletes with Undo, and deletes for good (saying how much it freed) when storage is full', async () => {
    const { actions, ledger, record } = await withOne();
    actions.commitment.remove(record.id);
    await vi.waitFor(() => expect(s().lastDeleted).toBe(record.id));
    expect(await actions.undoDelete(record.id)).toBe(true);
    expect(s().lastDeleted).toBeNull();
    expect((await ledger.listByConversation(record.conversationId))[0]!.deletedAt).toBeNull();

    vi.spyOn(ledger, 'remove').mockRejectedValue(new LedgerError('quota', 'full'));
    actions.commitment.remove(record.id);
    await vi.waitFor(() => expect(s().notice?.text).toMatch(/^deletedForGood\(\d+(\.\d)? (B|KB)\)$/));
    expect(await ledger.listByConversation(record.conversationId)).toEqual([]);
  });
});

describe('panel actions: suggestions and the summary', () => {
  it('remembers a dismissed suggestion for the conversation', async () => {
    const { actions } = setup();
    const id = conversationIdOf(conversation);
    const suggestion = {
      kind: 'promise',
      author: 'customer',
      draft: draftOf('we will send the volumes by Wednesday'),
    } as unknown as Suggestion;
    expect(await actions.dismiss(id, suggestion)).toBe(true);
    expect((await dismissedFor(id)).size).toBe(1);
  });

  it('inserts the summary and says so; an update that found no earlier summary asks instead', async () => {
    const { actions, inserted, asked } = setup();
    s().setTabId(7);
    await actions.insertContent({ text: 'Summary', html: '<p>Summary</p>' });
    expect(inserted).toEqual(['Summary']);
    expect(s().notice).toEqual({ kind: 'info', text: 'summaryInserted' });

    const h = setup({ insert: async () => ({ ok: false, method: 'none', previous: 'not-found', error: 'changed in the reply' }) });
    await h.actions.insertContent({ text: 'Summary', html: '' });
    expect(h.asked.at(-1)).toBe('changed in the reply');
    expect(s().notice).toBeNull();
    expect(asked).toEqual([null]);
  });

  it('does nothing when the panel is not seen', async () => {
    const { actions, inserted } = setup({ seen: async () => false });
    s().setTabId(7);
    await actions.insertContent({ text: 'Summary', html: '' });
    await actions.copyContent({ text: 'Summary', html: '' }, 'text');
    expect(inserted).toEqual([]);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [2048, '2.0 KB'],
    [3 * 1024 * 1024, '3.0 MB'],
  ])('%d', (n, text) => expect(formatBytes(n)).toBe(text));
});
