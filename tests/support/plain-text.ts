// Text that must reach the reader as plain text (a message read off a host page, a notification,
// a summary copied "as text"): `toContain` alone passes on the HTML too, so a test that checks
// words in such text also checks that no markup came with them.
import { expect } from 'vitest';

// HTML tags as hosts and our own summary write them, and the entities they escape with. Not any
// `<…>`: a message may hold "<dana@example.com>" or "a < b > c" as words.
const TAG =
  /<\/?(?:p|div|span|br|b|i|u|em|strong|a|ul|ol|li|table|tbody|tr|td|th|blockquote|img|font|style|script|h[1-6]|pre|code)\b[^>]*>/i;
const ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[\da-f]+);/i;

export function expectPlainText(text: string | undefined | null): void {
  expect(text, 'plain text expected').toEqual(expect.any(String));
  expect(text, 'an HTML tag in text that must be plain').not.toMatch(TAG);
  expect(text, 'an HTML entity in text that must be plain').not.toMatch(ENTITY);
}
