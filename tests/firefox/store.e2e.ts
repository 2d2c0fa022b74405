// Store-readiness of the production builds, checked offline: Mozilla's addons-linter on the Firefox
// build (0 errors; each warning it may give is explained here and in the README), and the Chrome
// manifest against the Chrome Web Store rules that can be checked without the store.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/demo-server';

interface LinterMessage {
  code: string;
  file?: string;
  message: string;
}
interface LinterReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LinterMessage[];
  warnings: LinterMessage[];
}

/**
 * Warnings we accept, with the reason. React DOM itself assigns innerHTML in two places (a
 * placeholder `<script>` element, and `dangerouslySetInnerHTML`, which this project never uses); the
 * linter flags the bundled library code, not ours.
 */
const EXPLAINED_WARNINGS: Array<{ code: string; file: RegExp; why: string }> = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\//, why: "React DOM's own innerHTML use in the bundled library" },
];

const FIREFOX_BUILD = join(PROJECT_ROOT, '.output/firefox-mv2');
const CHROME_BUILD = join(PROJECT_ROOT, '.output/chrome-mv3');

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
}, 600_000);

describe('store-ready builds', () => {
  it('the Firefox build passes addons-linter with no error and only explained warnings', () => {
    let out: string;
    try {
      out = execFileSync('npx', ['addons-linter', FIREFOX_BUILD, '--output', 'json'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    } catch (error) {
      // The linter exits non-zero when it finds errors; its report is still on stdout.
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out) as LinterReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS.some((x) => x.code === w.code && x.file.test(w.file ?? '')));
    expect(unexplained.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`)).toEqual([]);
  }, 120_000);

  it('the Chrome manifest meets the offline-checkable store rules', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(String(manifest.version)).toMatch(/^\d+(\.\d+){0,3}$/);
    // Localised name and description (the catalog holds them within the store's limits).
    const messages = JSON.parse(readFileSync(join(CHROME_BUILD, '_locales/en/messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    expect(manifest.name).toBe('__MSG_extName__');
    expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    // Icons the store requires (128 px) are in the package.
    const icons = manifest.icons as Record<string, string>;
    expect(Object.keys(icons)).toContain('128');
    for (const path of Object.values(icons)) expect(() => readFileSync(join(CHROME_BUILD, path))).not.toThrow();
    // No remote code: nothing but the package's own scripts, no broad host access at install.
    const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
    expect(csp?.extension_pages ?? '').not.toMatch(/https?:|unsafe-eval/);
    expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
    // Every permission is one the README justifies.
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    for (const permission of manifest.permissions as string[])
      expect(readme, `README justifies "${permission}"`).toContain(`\`${permission}\``);
  });
});
