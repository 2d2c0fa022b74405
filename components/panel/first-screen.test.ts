// The panel's first screen (entrypoints/panel/index.html), drawn before its script runs: its words are
// the catalog's, put in by the browser where panel.css names them (__MSG_key__), and React's first
// render replaces it in the same layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enCatalog } from '../../tests/support/catalog';

const root = join(__dirname, '../..');
const html = readFileSync(join(root, 'entrypoints/panel/index.html'), 'utf8');
const css = readFileSync(join(root, 'components/panel/panel.css'), 'utf8');

describe("the panel's first screen", () => {
  const drawn = [...css.matchAll(/\.(shell-[a-z-]+)::before\s*\{\s*content:\s*'__MSG_([A-Za-z0-9_]+)__'/g)];

  it('shows words of the catalog, each in an element of the first screen', () => {
    expect(drawn.map((m) => m[2])).toEqual(['panelTitle', 'panelReadingPage']);
    for (const [, className, key] of drawn) {
      expect(enCatalog[key!]?.message, key).toBeTruthy();
      expect(html, className).toContain(className!);
    }
  });

  it('is inside the root React renders into, and is no panel the tests or the page session take for the app', () => {
    const rootStart = html.indexOf('<div id="root">');
    expect(rootStart).toBeGreaterThan(-1);
    expect(html.indexOf('panel-shell')).toBeGreaterThan(rootStart);
    // The app is <main class="panel">: the first screen is a <div>, so a wait for the app is not fooled.
    expect(html).not.toMatch(/<main[^>]*class="panel/);
  });
});
