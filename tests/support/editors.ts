// What the editors' unit tests share: a summary to insert, and a clipboard that copies or refuses.
import { vi } from 'vitest';

export const SUMMARY = {
  text: 'Next steps\n- I will send the invoice by Friday',
  html: '<p>Next steps</p><ul><li>I will send the invoice by Friday</li></ul>',
};

/** navigator.clipboard whose writeText succeeds (`ok`) or throws, and whose HTML write always throws. */
export function stubClipboard(ok: boolean) {
  const writeText = vi.fn(async (_text: string) => {
    if (!ok) throw new Error('denied');
  });
  const write = vi.fn(async () => {
    throw new Error('no html');
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText, write }, configurable: true });
  return writeText;
}
