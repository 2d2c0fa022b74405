// Every unit test gets a fresh in-memory IndexedDB and WXT's fake browser API, whose browser.i18n
// answers from the English catalog (as the extension does in English), so code that reads t()
// shows the catalog's words; a test may still put its own getMessage in place.
import 'fake-indexeddb/auto';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../support/catalog';
import type { I18nKey } from '../../utils/i18n-keys';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    en(key as I18nKey, ...(subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]))) as typeof fakeBrowser.i18n.getMessage;
});

// `vi.waitFor` gives up after 1 s unless told otherwise: a fixed short time, which a busy 2-core
// machine overruns (the popup's first-screen tests failed at load average 36 with the states they
// wait for still coming). Waiting is for a state, so the default bound here is long; a test that
// gives its own timeout keeps it.
const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: 15_000, ...options })) as typeof vi.waitFor;
