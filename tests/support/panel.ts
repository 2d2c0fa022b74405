// Reaching the panel from Playwright. The panel iframe sits in a closed shadow root, which page
// scripts cannot enter, but the browser still lists its frame.
import type { Frame, Locator, Page } from 'playwright-core';

export async function panelFrame(page: Page, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('/panel.html'));
    if (frame) {
      try {
        await frame.waitForSelector('main.panel', { timeout: Math.max(1, deadline - Date.now()) });
        return frame;
      } catch (error) {
        // Right after the install the background injects the content script into open tabs, and the
        // newer script's panel replaces the first one: look for the frame again.
        if (!frame.isDetached()) throw error;
      }
    }
    if (Date.now() > deadline) throw new Error(`No Commitment Keeper panel on ${page.url()}`);
    await page.waitForTimeout(100);
  }
}

/** Types a commitment into the panel's entry box and presses Enter; waits until it is listed. */
export async function addCommitment(panel: Frame, text: string): Promise<void> {
  const before = await panel.locator('[data-testid="commitment"]').count();
  const input = panel.getByRole('textbox', { name: 'New commitment' });
  await input.fill(text);
  await input.press('Enter');
  await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="commitment"]').length > n, before);
}

/**
 * The visibility guard's refusal of a click in a panel its observer has reported visible for less
 * than 300 ms (components/panel/seen.ts, "seenJustShown"). A click in the page just before (the reply
 * box, as an agent does) can restart that window, and Playwright clicks faster than a hand moves.
 */
const JUST_SHOWN = /Nothing was done: the panel had only just become visible/;

/**
 * Its own poll, not Vitest's `expect.poll`: this file is also loaded outside Vitest (the demo's
 * start script, the panel-speed bench).
 *
 * Clicks a panel button until `done` holds, clicking again only after the guard refused the click as
 * "only just visible", as the agent would. Any other answer is left for `done` to judge.
 */
export async function clickInPanel(panel: Frame, button: Locator, done: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  await button.click();
  const deadline = Date.now() + timeoutMs;
  for (let wait = 100; ; wait = Math.min(1_000, wait * 2)) {
    if (await done()) return;
    if (Date.now() > deadline) throw new Error('the panel action did not take effect in time');
    const notice =
      (await panel
        .locator('.notice')
        .first()
        .textContent({ timeout: 1_000 })
        .catch(() => null)) ?? '';
    if (JUST_SHOWN.test(notice)) await button.click();
    else await panel.page().waitForTimeout(wait);
  }
}
