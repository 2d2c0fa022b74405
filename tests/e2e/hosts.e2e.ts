// Host integration in a real Chromium: the panel follows in-app navigation without mounting twice,
// and says what it could not find when a host's markup changed.
import { describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../support/suite';
import { panelFrame } from '../support/panel';

const suite = useExtensionSuite();

describe('host pages', () => {
  it('follows in-app navigation between Gmail threads and never mounts a second panel', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url('/gmail/classic-2024-05.html'));
    const panel = await panelFrame(page);
    await expect.poll(() => panel.locator('.conversation').textContent()).toContain('Revised rate card for Q3 lanes');

    // Gmail swaps the thread in place and pushes a new URL; do what it does, 20 times.
    for (let i = 1; i <= 20; i++) {
      await page.evaluate((n) => {
        const subject = document.querySelector('h2.hP')!;
        subject.setAttribute('data-legacy-thread-id', `19a4b2c3d4e5f6${String(n).padStart(2, '0')}`);
        subject.removeAttribute('data-thread-perm-id');
        subject.textContent = `Thread number ${n}`;
        history.pushState({}, '', `#inbox/thread-${n}`);
      }, i);
      await expect.poll(() => panel.locator('.conversation').textContent()).toContain(`Thread number ${i}`);
    }
    expect(await page.evaluate(() => document.querySelectorAll('commitment-keeper-panel').length)).toBe(1);
    expect(page.frames().filter((f) => f.url().includes('/panel.html'))).toHaveLength(1);
    await page.close();
  });

  it('keeps working when the host markup changed, and never shows selectors', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url('/gmail/broken-2026-11.html'));
    const panel = await panelFrame(page);
    await expect.poll(() => panel.locator('.conversation').textContent()).toContain('Invoice copy for September');
    expect(await panel.locator('main.panel').textContent()).not.toMatch(/tried|selector|conversation id|\[data-|h2\.hP/i);
    await page.close();
  });

  it('the Help Scout demo keys its conversation by the URL, with no words about ids', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url('/helpscout/conversation/2801456677/9130'));
    const panel = await panelFrame(page);
    await expect.poll(() => panel.locator('.conversation').textContent()).toContain('Invoice address change for Q4');
    expect(await panel.locator('main.panel').textContent()).not.toMatch(/Couldn't find|conversation id|\/conversation\//);
    await page.close();
  });
});

describe('switching a host off in the options', () => {
  it('takes the panel down at once and brings it back when switched on again', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url('/gmail/classic-2024-05.html'));
    await panelFrame(page);
    const panelHosts = () => page.evaluate(() => document.querySelectorAll('commitment-keeper-panel').length);

    const options = await suite.ext.context.newPage();
    await options.goto(`chrome-extension://${suite.ext.extensionId}/options.html`);
    const gmail = options.getByRole('checkbox', { name: 'Gmail' });
    await gmail.uncheck();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(panelHosts).toBe(0);

    await gmail.check();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(panelHosts).toBe(1);
    await panelFrame(page);
    await options.close();
    await page.close();
  });
});
