// What our chrono parsers and refiners need to know about the call, passed through chrono's own
// `option` object. Chrono hands that object to every parser as `context.option`, so one shared
// chrono instance serves every agent's workday and zone without being rebuilt per call.
import type { ParsingContext, ParsingOption } from 'chrono-node';
import type { Schedule } from './workday';
import type { Wall } from './zones';

export interface DeadlineEnv {
  /** Now, on the agent's wall clock. */
  today: Wall & { wd: number };
  schedule: Schedule;
}

export interface CkOption extends ParsingOption {
  ck: DeadlineEnv;
}

export function envOf(context: ParsingContext): DeadlineEnv | null {
  return (context.option as Partial<CkOption>).ck ?? null;
}

/** Tags our parsers put on chrono components; resolve.ts turns them into deadline conventions. */
export const TAG = {
  eod: 'ck/eod',
  eow: 'ck/end-of-week',
  eom: 'ck/end-of-month',
  eoq: 'ck/end-of-quarter',
  eoy: 'ck/end-of-year',
  businessDays: 'ck/business-days',
  elapsed: 'ck/elapsed',
  firstThing: 'ck/first-thing',
  morning: 'ck/morning',
  afternoon: 'ck/afternoon',
  evening: 'ck/evening',
  dayOfMonth: 'ck/day-of-month',
  /** "the last Friday of December": a day named inside a month, never a past reference. */
  nthWeekday: 'ck/nth-weekday',
  past: 'ck/past',
  weekOnly: 'ck/week',
  /** A month named alone after a deadline word ("by May"). */
  monthOnly: 'ck/month',
  /** A year named alone ("in the year '98"): its end is the deadline, its first day the start. */
  yearOnly: 'ck/year',
  /** "by 1730": a 24-hour clock read with the time word before it. */
  clock24: 'ck/clock24',
  customerZone: 'ck/zone:customer',
  agentZone: 'ck/zone:agent',
  /** The zone word was an ambiguous abbreviation (IST, CST), resolved by the parties' zones. */
  zoneAmbiguous: 'ck/zone-ambiguous',
  zonePrefix: 'ck/zone=',
  elapsedPrefix: 'ck/elapsed-min=',
  /** The first day of a part of a period ("early March": March 1) as YYYY-MM-DD; its deadline is the part's end. */
  startPrefix: 'ck/start=',
} as const;
