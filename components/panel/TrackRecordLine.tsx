import type { TrackRecord } from '@/utils/ledger/types';

/** "Customer's record: 4 kept on time, 2 late, 1 missed (avg slip 1.5 days)". */
export function trackRecordSentence(record: TrackRecord): string | null {
  const settled = record.keptOnTime + record.late + record.missed;
  if (settled === 0) return null;
  const parts = [`${record.keptOnTime} kept on time`, `${record.late} late`, `${record.missed} missed`];
  const slip = record.averageSlipMs !== null && record.averageSlipMs > 0 ? ` (avg slip ${formatSlip(record.averageSlipMs)})` : '';
  return `Track record: ${parts.join(', ')}${slip}`;
}

function formatSlip(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 24) return `${Math.round(hours)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

export function TrackRecordLine({ record }: { record: TrackRecord }) {
  const sentence = trackRecordSentence(record);
  if (!sentence) return null;
  return <p className="track-record">{sentence}</p>;
}
