import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_MESSAGE_KEYS } from './editors/messages';
import { LEDGER_ACTION_KEYS, LEDGER_MESSAGE_KEYS } from './ledger/messages';
import { enCatalog } from '../tests/support/catalog';
import type { I18nKey } from './i18n-keys';

const catalog = enCatalog;

describe('i18n catalog', () => {
  it("is where the message keys come from (I18nKey is the catalog's keys)", () => {
    // Compile-time: a key of the catalog is an I18nKey; a word that is not a key is refused.
    const key: I18nKey = 'panelTitle';
    // @ts-expect-error not a message of the catalog
    const notAKey: I18nKey = 'noSuchMessage';
    expect(catalog[key]?.message).toBeTruthy();
    expect(catalog[notAKey]).toBeUndefined();
  });
  it('has no empty message', () => {
    expect(Object.entries(catalog).filter(([, v]) => !v.message.trim())).toEqual([]);
  });
});

// Words the agent reads that once were written in the code (editor results, the panel frame's
// handle, notification buttons, the badge's and digest's titles, settings errors, the ledger's
// failures and what it was doing, why the panel refused a click): each must be a
// message of the catalog, and its English must not be back in the source as a literal.
const MOVED_TO_CATALOG: readonly I18nKey[] = [
  ...Object.values(EDITOR_MESSAGE_KEYS),
  ...Object.values(LEDGER_MESSAGE_KEYS),
  ...Object.values(LEDGER_ACTION_KEYS),
  'editorRewriteBadRequest',
  'frameTitle',
  'frameHide',
  'frameShow',
  'frameShowWithHints',
  'frameHideLabel',
  'frameShowLabel',
  'frameShowLabelOneHint',
  'frameShowLabelHints',
  'notificationSnoozeHour',
  'notificationDone',
  'notificationDigestContext',
  'digestTitle',
  'digestOverdue',
  'digestDueToday',
  'badgeNothingDue',
  'badgeTitle',
  'badgeOverdue',
  'badgeDueSoon',
  'badgeUndated',
  'settingsMustBeObject',
  'settingsMustBeText',
  'settingsTextTooLong',
  'settingsMustBeBoolean',
  'settingsVoiceUnknown',
  'settingsVoiceNeedsName',
  'settingsZoneUnknown',
  'settingsWorkdayNotObject',
  'settingsWorkdayStart',
  'settingsWorkdayEnd',
  'settingsWorkdayEndBeforeStart',
  'settingsDaysNotList',
  'settingsDaysEmpty',
  'settingsDaysOutOfRange',
  'settingsDayTwice',
  'settingsLeadsNotList',
  'settingsLeadOutOfRange',
  'settingsLeadTwice',
  'settingsTooManyLeads',
  'settingsZonesUnknown',
  'settingsHostsNotMap',
  'settingsDomainsNotList',
  'settingsTooManyDomains',
  'settingsDomainInvalid',
  'settingsDomainTwice',
  'settingsUndatedWorkdays',
  'settingsTooLarge',
  // Why the panel did nothing on a click (utils/panel-frame/exposure.ts, components/panel/seen.ts).
  'exposureSeeThrough',
  'exposureVisibility',
  'exposureDisplayNone',
  'exposureTransform',
  'exposureFilter',
  'exposureClipPath',
  'exposureBlend',
  'exposureZoom',
  'exposureWhatPage',
  'exposureShrunk',
  'exposureOffWindow',
  'exposureRemoved',
  'exposureCovered',
  'exposureNoWindow',
  'seenCoveredByPage',
  'seenJustShown',
  'seenPageNotAsked',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.test-cases\.ts$|test-fixtures\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('agent-visible words come from the catalog', () => {
  it.each(MOVED_TO_CATALOG)('%s is a message of the English catalog', (key) => {
    expect(catalog[key]?.message.trim()).toBeTruthy();
  });

  it('no source file writes one of them out in English', () => {
    const sources = ['utils', 'components', 'entrypoints'].flatMap(sourceFiles).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    // The words around the $1 placeholders, long enough to be the message and not a common phrase
    // (the product's name is written in many log lines; a doc comment may quote the handle).
    const fragments = MOVED_TO_CATALOG.filter((key) => key !== 'frameTitle' && !key.startsWith('frameShow'))
      .flatMap((key) => (catalog[key]?.message ?? '').split(/\$\d/))
      .map((part) => part.trim())
      .filter((part) => part.length >= 20);
    const found = fragments.flatMap((fragment) => sources.filter((s) => s.text.includes(fragment)).map((s) => `${s.path}: ${fragment}`));
    expect(found).toEqual([]);
  });

  it('every key a source file passes to t() or a Translate is in the catalog', () => {
    const sources = ['utils', 'components', 'entrypoints'].flatMap(sourceFiles);
    const keys = new Set(
      sources.flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/\b(?:t|tr)\(\s*'([A-Za-z0-9]+)'/g)].map((m) => m[1]!)),
    );
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter((key) => !catalog[key])).toEqual([]);
  });
});
