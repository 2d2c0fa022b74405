import { describe, expect, it } from 'vitest';
import { resolveDemoFile } from './demo-server';

describe('resolveDemoFile', () => {
  it.each([
    ['/', '/srv/demo/index.html'],
    ['/webmail', '/srv/demo/webmail.html'],
    ['/webmail?thread=1', '/srv/demo/webmail.html'],
    ['/css/site.css', '/srv/demo/css/site.css'],
  ])('%s → %s', (url, file) => {
    expect(resolveDemoFile(['/srv/demo'], url)).toBe(file);
  });
  it('refuses paths that climb out of the root', () => {
    expect(resolveDemoFile(['/srv/demo'], '/../../etc/passwd')).toBeNull();
    expect(resolveDemoFile(['/srv/demo'], '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
  });
});

describe('withDemoStyles', () => {
  it('adds the demo stylesheet to a fixture page without touching its markup', async () => {
    const { withDemoStyles } = await import('./demo-server');
    expect(withDemoStyles('<html><head><title>x</title></head><body><h2 class="hP">S</h2></body></html>')).toBe(
      '<html><head><title>x</title><link rel="stylesheet" href="/demo.css"></head><body><h2 class="hP">S</h2></body></html>',
    );
  });
});
