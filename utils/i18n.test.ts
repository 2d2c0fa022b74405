import { describe, expect, it } from 'vitest';
import { enCatalog } from '../tests/support/catalog';
import type { I18nKey } from './i18n-keys';

const catalog = enCatalog;

describe('i18n catalog', () => {
  it('is where the message keys come from (I18nKey is the catalog\'s keys)', () => {
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
