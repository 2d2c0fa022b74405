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

/**
 * Plain text to the clipboard. The async Clipboard API can be refused to the panel's iframe by a
 * permissions policy (Chromium: "blocked because of a permissions policy applied to the current
 * document"); then the older copy command on a selected, off-screen textarea inside the panel.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.left = '-9999px';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw error;
  }
}
