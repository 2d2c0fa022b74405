import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium';

describe('findChromium', () => {
  it('prefers the environment variable', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, (p) => p === '/opt/c' || p === '/usr/bin/chromium')).toBe('/opt/c');
  });
  it('rejects an environment variable that points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });
  it('falls back to the usual install paths', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });
  it('says how to install one when none is found', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium/);
  });
});

describe('findFirefox', () => {
  it('prefers FIREFOX_PATH, then the usual paths, and says how to install one', async () => {
    const { findFirefox } = await import('./firefox');
    expect(findFirefox({ FIREFOX_PATH: '/opt/ff' }, (p) => p === '/opt/ff')).toBe('/opt/ff');
    expect(findFirefox({}, (p) => p === '/usr/bin/firefox')).toBe('/usr/bin/firefox');
    expect(() => findFirefox({}, () => false)).toThrow(/apt-get install -y firefox-esr/);
  });
});
