// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_MESSAGE_KEYS } from '../editors';
import type { HostAdapter } from '../hosts/types';
import { isRewriteRequest, rewriteInReply } from './rewrite';
import { registerKit } from '../page-kits';
import { structureKit } from '../page-kits/structure';
import { en } from '../../tests/support/catalog';

// The whole ladder, as the insert kit and the generic content script have it.
registerKit('structure', structureKit);

afterEach(() => {
  document.body.innerHTML = '';
});

const URL_ = new URL('https://mail.example.com/thread/1');
function adapterWith(box: () => Element | null): HostAdapter {
  return {
    id: 'test',
    replyEditor: () => box() ?? { failed: 'reply-editor' },
  } as unknown as HostAdapter;
}

describe('isRewriteRequest', () => {
  it.each([
    null,
    'x',
    {},
    { words: 'a' },
    { words: '', replacement: 'b' },
    { words: 'a', replacement: 3 },
    { words: 'a'.repeat(2001), replacement: 'b' },
  ])('refuses %j', (value) => {
    expect(isRewriteRequest(value)).toBe(false);
  });
  it('takes two strings of sensible length', () => {
    expect(isRewriteRequest({ words: 'We will reply soon.', replacement: 'We will reply by Friday.' })).toBe(true);
  });
});

describe('rewriteInReply', () => {
  it('a malformed request changes nothing and says so', async () => {
    document.body.innerHTML = '<textarea id="r">We will reply soon.</textarea>';
    const box = document.getElementById('r') as HTMLTextAreaElement;
    expect(
      await rewriteInReply(
        adapterWith(() => box),
        document,
        URL_,
        { words: 'We will reply soon.' },
      ),
    ).toEqual({ ok: false, method: 'none', error: en('editorRewriteBadRequest') });
    expect(box.value).toBe('We will reply soon.');
  });

  it("rewrites the words in the adapter's reply box, checked by reading it back", async () => {
    document.body.innerHTML = '<textarea id="r">Hi,\nWe will reply soon.</textarea>';
    const box = document.getElementById('r') as HTMLTextAreaElement;
    const outcome = await rewriteInReply(
      adapterWith(() => box),
      document,
      URL_,
      { words: 'We will reply soon.', replacement: 'We will reply by Friday.' },
    );
    expect(outcome.ok).toBe(true);
    expect(box.value).toBe('Hi,\nWe will reply by Friday.');
  });

  it('words the reply no longer holds: not changed, and why', async () => {
    document.body.innerHTML = '<textarea id="r">Hi,\nWe will reply by Monday.</textarea>';
    const box = document.getElementById('r') as HTMLTextAreaElement;
    const outcome = await rewriteInReply(
      adapterWith(() => box),
      document,
      URL_,
      { words: 'We will reply soon.', replacement: 'We will reply by Friday.' },
    );
    expect(outcome).toEqual({ ok: false, method: 'none', words: 'not-found', error: en(EDITOR_MESSAGE_KEYS.wordsNotFound) });
  });
});
