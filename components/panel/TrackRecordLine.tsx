import type { TrackRecord } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';

/** "Priya's record with us: 4 kept on time, 2 late, 1 missed (avg slip 1.5 days)": whose, by first name. */
export function trackRecordSentence(record: TrackRecord, customerName?: string): string | null {
  const settled = record.keptOnTime + record.late + record.missed;
  if (settled === 0) return null;
  const first = firstName(customerName);
  const line = first
    ? t('trackRecordOf', first, record.keptOnTime, record.late, record.missed)
    : t('trackRecordOfCustomer', record.keptOnTime, record.late, record.missed);
  const slip =
    record.averageSlipMs !== null && record.averageSlipMs > 0 ? ` ${t('trackRecordSlip', formatSlip(record.averageSlipMs))}` : '';
  return line + slip;
}

function formatSlip(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 24) return `${Math.round(hours)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

/** "Priya" of "Priya Natarajan" or "Priya N."; null for an email address or nothing usable. */
export function firstName(name: string | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0] ?? '';
  return first && !first.includes('@') && /\p{L}/u.test(first) ? first : null;
}

export function TrackRecordLine({ record, customerName }: { record: TrackRecord; customerName?: string }) {
  const sentence = trackRecordSentence(record, customerName);
  if (!sentence) return null;
  return <p className="track-record">{sentence}</p>;
}
