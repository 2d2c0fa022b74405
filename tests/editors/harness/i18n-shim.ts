// The test's isolated world is not an extension: browser.i18n, which the editors read for the words
// of their results (as the content script and the insert kit do), answers from the English catalog.
// Imported before the editors, so wxt/browser finds it when it first looks at globalThis.chrome.
import catalog from '../../../public/_locales/en/messages.json';
import { translateFrom } from '../../support/catalog-translate';
import type { I18nKey } from '../../../utils/i18n-keys';

const translate = translateFrom(catalog);
const i18n = { getMessage: (key: string, subs: string[] = []) => translate(key as I18nKey, ...subs) };
// `browser` is a global in WXT's builds (auto-imported); this bundle is plain esbuild.
const g = globalThis as unknown as { chrome?: Record<string, unknown>; browser?: Record<string, unknown> };
g.chrome ??= {};
g.chrome.i18n = i18n;
g.browser ??= { i18n };
