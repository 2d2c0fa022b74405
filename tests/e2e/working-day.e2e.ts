// A working day with the panel open: the page keeps its keyboard (Gmail's and Zendesk's single-key
// shortcuts), and every text the agent reads in the panel and the popup is at least 13 px, in light
// and dark mode.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../support/suite';
import { addCommitment, panelFrame } from '../support/panel';

const suite = useExtensionSuite();

/** Records every key the page's own document receives, as Gmail's shortcut handler would. */
async function listenForPageKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const keys: string[] = [];
    (window as unknown as { pageKeys: string[] }).pageKeys = keys;
    document.addEventListener('keydown', (e) => keys.push(e.key));
  });
}

const pageKeys = (page: Page) => page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys.join(''));

/** The smallest computed font size of any visible text in the frame, with the text it belongs to. */
async function smallestText(frame: Frame | Page): Promise<{ px: number; text: string }> {
  return frame.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const rect = parent.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const px = parseFloat(getComputedStyle(parent).fontSize);
      if (px < smallest.px) smallest = { px, text };
    }
    return smallest;
  });
}

describe('the page keeps its keyboard', () => {
  it('page shortcuts typed after the panel mounts and after a thread switch reach the page', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url('/gmail/classic-2024-05.html'));
    await listenForPageKeys(page);
    const panel = await panelFrame(page);
    await expect.poll(() => panel.locator('.conversation').textContent()).toContain('Revised rate card for Q3 lanes');

    await page.keyboard.type('jr');
    expect(await pageKeys(page)).toBe('jr');
    expect(await panel.getByRole('textbox', { name: 'New commitment' }).inputValue()).toBe('');

    // Gmail swaps the thread in place.
    await page.evaluate(() => {
      const subject = document.querySelector('h2.hP')!;
      subject.setAttribute('data-legacy-thread-id', '19a4b2c3d4e5f699');
      subject.removeAttribute('data-thread-perm-id');
      subject.textContent = 'Another thread';
      history.pushState({}, '', '#inbox/another-thread');
    });
    await expect.poll(() => panel.locator('.conversation').textContent()).toContain('Another thread');
    await page.keyboard.type('kr');
    expect(await pageKeys(page)).toBe('jrkr');
    expect(await panel.getByRole('textbox', { name: 'New commitment' }).inputValue()).toBe('');
    await page.close();
  });
});

describe('readable text', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`no text in the panel or the popup is below 13 px (${scheme})`, async () => {
      const page = await suite.ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(suite.server.url('/gmail/classic-2024-05.html'));
      const panel = await panelFrame(page);
      await addCommitment(panel, `I'll send the ${scheme} rate card by Friday`);
      const inPanel = await smallestText(panel);
      expect(inPanel.px, `panel text "${inPanel.text}"`).toBeGreaterThanOrEqual(13);
      // The commitment's own words are the most prominent text of its row.
      const sizes = await panel.evaluate(() => {
        const item = document.querySelector('[data-testid="commitment"]')!;
        const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
        return { text: px(item.querySelector('.item-text')), due: px(item.querySelector('.item-due')) };
      });
      expect(sizes.text).toBeGreaterThan(sizes.due);

      const popup = await suite.ext.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${suite.ext.extensionId}/popup.html`);
      await popup.getByText(`I'll send the ${scheme} rate card`, { exact: false }).first().waitFor();
      const inPopup = await smallestText(popup);
      expect(inPopup.px, `popup text "${inPopup.text}"`).toBeGreaterThanOrEqual(13);
      await popup.close();
      await page.close();
    });
  }
});
