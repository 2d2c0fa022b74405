// Builds the demo variant of the extension once before the end-to-end files run: the Chrome build for
// tests/e2e and tests/editors, the Firefox build for tests/firefox.
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../support/demo-server';

export default function setup(): void {
  if (process.env.CK_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'demo'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}
