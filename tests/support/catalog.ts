// The English catalog as unit tests read it: the keys, and a Translate with Chrome's $1…$9
// substitutions (what browser.i18n gives in the extension).
import { readFileSync } from 'node:fs';
import type { Translate } from '../../utils/i18n-keys';
import { translateFrom, type Catalog } from './catalog-translate';

export const enCatalog = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Catalog;

/** The English catalog as browser.i18n gives it in the extension. */
export const en: Translate = translateFrom(enCatalog);
