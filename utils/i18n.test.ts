import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enCatalog } from '../tests/support/catalog';

const catalog = enCatalog;
const declared = [...readFileSync('utils/i18n-keys.ts', 'utf8').matchAll(/\| '([A-Za-z0-9_]+)'/g)].map((m) => m[1]);

describe('i18n catalog', () => {
  it('declares exactly the keys of the English catalog', () => {
    expect(declared.sort()).toEqual(Object.keys(catalog).sort());
  });
  it('has no empty message', () => {
    expect(Object.entries(catalog).filter(([, v]) => !v.message.trim())).toEqual([]);
  });
});
