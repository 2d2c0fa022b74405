import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TrackRecord } from '@/utils/ledger/types';
import { firstName, trackRecordSentence } from './TrackRecordLine';

const record = (keptOnTime: number, late: number, missed: number): TrackRecord => ({
  keptOnTime,
  late,
  missed,
  pending: 0,
  averageSlipMs: null,
  total: keptOnTime + late + missed,
  cancelled: 0,
  rescheduledLater: 0,
  slipCount: 0,
});

beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) =>
    `${key}(${(subs ?? []).join('|')})`) as typeof fakeBrowser.i18n.getMessage;
});

describe('the track record says whose it is', () => {
  it('names the customer by first name: "Priya\'s record with us"', () => {
    expect(trackRecordSentence(record(4, 2, 0), 'Priya Natarajan')).toBe('trackRecordOf(Priya|4|2|0)');
  });
  it('says "the customer" when the name is unknown or an address', () => {
    expect(trackRecordSentence(record(1, 0, 1))).toBe('trackRecordOfCustomer(1|0|1)');
    expect(trackRecordSentence(record(1, 0, 1), 'ops@acme.example')).toBe('trackRecordOfCustomer(1|0|1)');
  });
  it('says nothing before anything was settled', () => {
    expect(trackRecordSentence(record(0, 0, 0), 'Priya')).toBeNull();
  });
  it.each([
    ['José Álvarez', 'José'],
    ['  Dana  ', 'Dana'],
    ['', null],
    ['123', null],
  ])('firstName(%j) = %j', (name, first) => expect(firstName(name)).toBe(first));
});
