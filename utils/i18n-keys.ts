// The message keys are the English catalog's own (public/_locales/en/messages.json, the catalog WXT
// also generates its getMessage types from): a key missing from it does not type-check, and adding a
// message is one entry in the catalog. A type-only import: no bundle carries the catalog because of it.
import type englishCatalog from '../public/_locales/en/messages.json';

export type I18nKey = keyof typeof englishCatalog;

/** What t() does, as a parameter: pure modules take one instead of reading browser.i18n themselves. */
export type Translate = (key: I18nKey, ...substitutions: Array<string | number>) => string;
