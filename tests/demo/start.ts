// `npm start`: builds the extension (demo variant), serves the demo host pages on 127.0.0.1 and opens
// Chromium with the extension loaded on the demo conversation.
// `npm start -- --headless`: the same without a display; adds a commitment, writes a screenshot and
// prints its path.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../support/chromium';
import { PROJECT_ROOT, startDemoServer } from '../support/demo-server';
import { launchWithExtension } from '../support/extension';
import { addCommitment, panelFrame } from '../support/panel';

const FIRST_DEMO = '/gmail/classic-2024-05.html';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const headless = args.includes('--headless') || noDisplay;
  if (noDisplay && !args.includes('--headless')) console.log('No display found: running headless (as with --headless).');

  findChromium(); // fail early, with install advice, before building anything
  console.log('Building the extension (demo variant)…');
  execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: PROJECT_ROOT, stdio: 'inherit' });

  const port = Number(process.env.CK_DEMO_PORT ?? 4455);
  const server = await startDemoServer({ port });
  console.log(`Demo pages: ${server.url('/')}`);
  const browser = await launchWithExtension({ headless });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url(FIRST_DEMO));

  if (!headless) {
    console.log('Chromium is open on the demo conversation. Close the browser window (or press Ctrl+C) to stop.');
    await new Promise<void>((resolve) => {
      browser.context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
    await browser.close().catch(() => undefined);
    await server.close();
    return;
  }

  const panel = await panelFrame(page);
  await addCommitment(panel, "I'll send the revised rate card by Friday EOD");
  const dir = join(PROJECT_ROOT, '.output/screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'demo-headless.png');
  await page.screenshot({ path: file });
  console.log(`Added a commitment in the panel. Screenshot: ${file}`);
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
