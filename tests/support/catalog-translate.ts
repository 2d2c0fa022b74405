// A Translate over a catalog object, with Chrome's $1…$9 substitutions ("$$" is a dollar sign); a key
// missing from the catalog reads as itself, as t() does. Pure: bundled into the editor harness's page
// world too (tests/editors/harness/i18n-shim.ts), where there is no extension and no file system.
import type { Translate } from '../../utils/i18n-keys';

export type Catalog = Record<string, { message: string }>;

export function translateFrom(catalog: Catalog): Translate {
  return (key, ...subs) => {
    const entry = catalog[key];
    if (!entry) return key;
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
  };
}
