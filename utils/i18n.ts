// Every string the agent reads goes through browser.i18n (public/_locales/<lang>/messages.json).
// English ships first; another language is one more messages.json.
import type { I18nKey } from './i18n-keys';

export function t(key: I18nKey, ...substitutions: Array<string | number>): string {
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  const text = getMessage(key, substitutions.map(String));
  // An empty answer means the key is missing from the catalog: show the key, not a blank button.
  return text || key;
}
