import { describe, expect, it } from 'vitest';
import { ITEM_KEYS, itemName } from './CommitmentItem';
import { entryKey } from './QuickEntry';

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('entry box keys', () => {
  it.each([
    [key('Enter'), 'some words', 'submit'],
    [key('Escape'), 'some words', 'clear'],
    [key('Escape'), '', 'leave'],
    [key('ArrowDown'), '', 'to-list'],
    // Alt+P by its physical key: a Mac types "π".
    [key('π', { altKey: true, code: 'KeyP' }), 'words', 'switch-party'],
    [key('p', { altKey: true }), '', 'switch-party'],
    // Tab is the browser's again: it reaches the quick-date chips.
    [key('Tab'), 'words', null],
    [key('p'), 'words', null],
    [key('Enter', { ctrlKey: true }), 'words', null],
  ] as const)('%o with "%s" → %s', (e, text, expected) => {
    expect(entryKey(e, text)).toBe(expected);
  });
});

describe('item keys and names', () => {
  it('has one key per action of the ⋯ menu, and done', () => {
    expect(new Set(Object.values(ITEM_KEYS))).toEqual(new Set(['done', 'edit', 'reschedule', 'link', 'delete']));
  });
  it('names the item a button acts on, cut at a word when long', () => {
    expect(itemName('send the invoice')).toBe('send the invoice');
    const long = itemName("I'll send the revised invoice for the October shipment to accounts payable by Friday");
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(49);
    expect("I'll send the revised invoice for the October shipment").toContain(long.slice(0, -1));
    expect(itemName('x'.repeat(80))).toBe(`${'x'.repeat(48)}…`);
  });
});
