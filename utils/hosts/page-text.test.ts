// page-text.ts at its edges: which characters are bidi controls (the first and last of each range,
// and their neighbours, which are not), a field exactly at its limit, a surrogate pair at the cut,
// and each conversation field bounded by its own limit.
import { describe, expect, it } from 'vitest';
import { cleanConversationFields, hasBidiControls, neutraliseBidi, PAGE_LIMITS, pageField } from './page-text';

describe('bidi controls: the ends of both ranges', () => {
  it.each(['\u202A', '\u202E', '\u2066', '\u2069'])('%j is one: found, and removed', (ch) => {
    expect(hasBidiControls(`a${ch}b`)).toBe(true);
    expect(neutraliseBidi(`a${ch}b`)).toBe('ab');
  });

  it.each(['\u2029', '\u202F', '\u2065', '\u206A', '\u200F'])('%j is not: kept', (ch) => {
    expect(hasBidiControls(`a${ch}b`)).toBe(false);
    expect(neutraliseBidi(`a${ch}b`)).toBe(`a${ch}b`);
  });

  it('every control is removed, not only the first', () => {
    expect(neutraliseBidi('\u202Eab\u202Ccd\u2066e\u2069')).toBe('abcde');
  });

  it('text without any: none found', () => {
    expect(hasBidiControls('plain words')).toBe(false);
    expect(hasBidiControls('')).toBe(false);
  });
});

describe('pageField', () => {
  it('a field exactly at its limit is kept whole; one character more is cut to the limit', () => {
    expect(pageField('abcde', 5)).toBe('abcde');
    expect(pageField('abcdef', 5)).toBe('abcde');
  });

  it('the limit counts the text without its bidi controls', () => {
    expect(pageField('\u202Eabcde\u202C', 5)).toBe('abcde');
  });

  it('a surrogate pair ending exactly at the cut is kept; one cut in half is dropped', () => {
    expect(pageField('xxx😀yy', 5)).toBe('xxx😀');
    expect(pageField('xxxx😀', 5)).toBe('xxxx');
  });

  it('a field under its limit is returned as it is', () => {
    expect(pageField('Invoice 😀 overdue', 500)).toBe('Invoice 😀 overdue');
  });
});

describe('cleanConversationFields', () => {
  it('each field is bounded by its own limit, and cleaned of bidi controls', () => {
    const over = (n: number) => `\u202E${'y'.repeat(n + 3)}`;
    const out = cleanConversationFields({
      key: over(PAGE_LIMITS.key),
      subject: over(PAGE_LIMITS.subject),
      customerName: over(PAGE_LIMITS.customerName),
      customerEmail: over(PAGE_LIMITS.customerEmail),
      customerOrg: over(PAGE_LIMITS.customerOrg),
      customerTimeZone: over(PAGE_LIMITS.customerTimeZone),
      url: 'u'.repeat(PAGE_LIMITS.url + 3),
    });
    expect(out).toEqual({
      key: 'y'.repeat(512),
      subject: 'y'.repeat(500),
      customerName: 'y'.repeat(200),
      customerEmail: 'y'.repeat(254),
      customerOrg: 'y'.repeat(200),
      customerTimeZone: 'y'.repeat(64),
      url: 'u'.repeat(4096),
    });
  });

  it('fields that are absent stay absent; other fields are untouched', () => {
    const out = cleanConversationFields({ key: 'k\u202E', subject: 'Refund', extra: '\u202Ekept as it is' });
    expect(out).toEqual({ key: 'k', subject: 'Refund', extra: '\u202Ekept as it is' });
    expect(Object.keys(out).sort()).toEqual(['extra', 'key', 'subject']);
  });

  it('the URL is only cut, never otherwise changed', () => {
    const url = 'https://example.zendesk.com/agent/tickets/1?q=%E2%80%AE';
    expect(cleanConversationFields({ key: 'k', subject: 's', url }).url).toBe(url);
  });

  it('the limits the panel relies on', () => {
    expect(PAGE_LIMITS).toEqual({
      subject: 500,
      customerName: 200,
      customerEmail: 254,
      customerOrg: 200,
      customerTimeZone: 64,
      key: 512,
      url: 4096,
      authorName: 200,
      messageText: 20_000,
      messages: 200,
      stamp: 200,
    });
  });
});
