import { beforeEach, describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { commitmentRecord } from '@/tests/support/records';
import type { PageState } from '@/utils/messaging/protocol';
import { usePanelStore } from './store';

const page = (key: string): PageState => ({
  kind: 'conversation',
  hostName: 'Gmail',
  conversation: { host: 'gmail', key, url: `https://mail.google.com/#inbox/${key}`, subject: key },
  messages: [],
  problems: [],
});

const record = (id: string, revision = 1): CommitmentRecord =>
  commitmentRecord(id, { conversationId: 'gmail:a', text: `words ${id}`, revision });

describe('panel store: what the agent types belongs to its conversation', () => {
  beforeEach(() => usePanelStore.setState(usePanelStore.getInitialState(), true));

  it('keeps each conversation its own draft across a switch, and carries none over', () => {
    const s = () => usePanelStore.getState();
    s().setPage(page('a'));
    s().setDraft("I'll ship the samples by Monday");
    s().setPage(page('b'));
    expect(s().draft).toBe('');
    s().setDraft('you will call back');
    s().setPage(page('a'));
    expect(s().draft).toBe("I'll ship the samples by Monday");
    s().setPage(page('b'));
    expect(s().draft).toBe('you will call back');
  });

  it('puts failed words back in their own conversation, with their id, unless a new note was started there', () => {
    const s = () => usePanelStore.getState();
    s().setPage(page('a'));
    const a = s().conversationId!;
    s().setPage(page('b'));
    s().restoreDraft(a, 'failed on a', 'id-1');
    expect(s().draft).toBe('');
    s().setPage(page('a'));
    expect([s().draft, s().draftRetry]).toEqual(['failed on a', { id: 'id-1', text: 'failed on a' }]);
    s().setDraft('new words');
    s().restoreDraft(a, 'failed again', 'id-2');
    expect(s().draft).toBe('new words');
  });

  it('keeps an edit whose commitment another tab deleted, with the words', () => {
    const s = () => usePanelStore.getState();
    s().setPage(page('a'));
    s().setCommitments([record('c1'), record('c2')]);
    s().startEdit(record('c1'));
    s().updateEdit('c1', { text: 'my words' });
    s().setCommitments([record('c2')]);
    expect(s().editing.c1).toMatchObject({ text: 'my words', deleted: { id: 'c1' } });
    s().endEdit('c1');
    expect(s().editing).toEqual({});
  });
});

describe('panel store: the list read again', () => {
  beforeEach(() => usePanelStore.setState(usePanelStore.getInitialState(), true));

  it('keeps the state when the same list comes again, and takes a changed one', () => {
    const s = () => usePanelStore.getState();
    s().setCommitments([record('a'), record('b')]);
    const before = s();
    s().setCommitments([record('a'), record('b')]);
    expect(s()).toBe(before);
    s().setCommitments([record('a'), record('b', 2)]);
    expect(s().commitments.map((c) => c.revision)).toEqual([1, 2]);
    s().setCommitments([record('b', 2), record('a')]);
    expect(s().commitments.map((c) => c.id)).toEqual(['b', 'a']);
    s().setCommitments([]);
    expect(s().commitments).toEqual([]);
  });
});
