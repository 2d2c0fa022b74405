// The English catalog as unit tests read it: the keys, and a Translate with Chrome's $1…$9
// substitutions (what browser.i18n gives in the extension).
import { readFileSync } from 'node:fs';
import type { Translate } from '../../utils/i18n-keys';

export const enCatalog = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

/** Chrome's $1…$9 substitutions ("$$" is a dollar sign); a key missing from the catalog reads as itself, as t() does. */
export const en: Translate = (key, ...subs) => {
  const entry = enCatalog[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
};
