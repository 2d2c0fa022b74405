// Copying from the panel (an extension page in an iframe; the frame is allowed clipboard-write).
export async function copySummary(content: { text: string; html: string }, kind: 'text' | 'html'): Promise<boolean> {
  try {
    if (kind === 'html' && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([content.html], { type: 'text/html' }),
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(content.text);
    }
    return true;
  } catch {
    return false;
  }
}
