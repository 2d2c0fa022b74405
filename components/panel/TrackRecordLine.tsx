import type { TrackRecord } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';

/** "Customer's record: 4 kept on time, 2 late, 1 missed (avg slip 1.5 days)". */
function trackRecordSentence(record: TrackRecord): string | null {
  const settled = record.keptOnTime + record.late + record.missed;
  if (settled === 0) return null;
  const line = t('trackRecord', record.keptOnTime, record.late, record.missed);
  const slip = record.averageSlipMs !== null && record.averageSlipMs > 0 ? ` ${t('trackRecordSlip', formatSlip(record.averageSlipMs))}` : '';
  return line + slip;
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
