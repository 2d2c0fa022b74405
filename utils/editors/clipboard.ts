// Last resort when the editor would not take the summary: put it on the clipboard so the agent
// can paste it with Ctrl+V, and tell them.

import type { Win } from './dom';

export type CopyMethod = 'clipboard.write' | 'clipboard.writeText' | 'execCommand:copy';

/**
 * Copies text (and HTML where the browser allows) to the clipboard. Tries the async Clipboard API
 * with both types, then text only, then a `copy` event filled by our listener through
 * execCommand('copy') (works where the async API is refused, e.g. when the document is not focused
 * but the click in the panel still counts as user activation). Returns how it copied, or null.
 */
export async function copyToClipboard(content: { text: string; html?: string }, win: Win): Promise<CopyMethod | null> {
  const { navigator: nav, document: doc } = win;
  const clip = nav.clipboard;
  if (clip && typeof clip.write === 'function' && typeof win.ClipboardItem === 'function' && content.html) {
    try {
      await clip.write([
        new win.ClipboardItem({
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
          'text/html': new Blob([content.html], { type: 'text/html' }),
        }),
      ]);
      return 'clipboard.write';
    } catch {
      // refused (permission, focus) or HTML not supported: try text only
    }
  }
  if (clip && typeof clip.writeText === 'function') {
    try {
      await clip.writeText(content.text);
      return 'clipboard.writeText';
    } catch {
      // refused: try the copy command
    }
  }
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', content.text);
    if (content.html) event.clipboardData.setData('text/html', content.html);
    event.preventDefault();
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    return doc.execCommand('copy') ? 'execCommand:copy' : null;
  } catch {
    return null;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}
