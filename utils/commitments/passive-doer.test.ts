// Who acts in a passive or receiver-addressed promise: a named doer after "by" ("…by the courier",
// "…by Marcus") or else the writer's side; a time after "by" ("by Friday", "by the end of the week",
// "by Christmas") names no doer. A name that starts like a time word ("Maria", "Sunil", "Janet") is
// a name: it was read as March, Sunday, January and the doer lost.
import { describe, expect, it } from 'vitest';
import { findCommitments } from './find';
import type { ParseContext, Party } from './types';

// Wednesday 25 November 2026, 10:00 in New York.
const WED: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: 'America/New_York' };
const partyOf = (text: string, ctx: ParseContext = WED): Party | null | undefined =>
  findCommitments({ text, author: 'agent' }, ctx)[0]?.party;

describe('a name after "by" is the doer', () => {
  it.each([
    'Marcus',
    'Maria',
    'Sunil',
    'Janet',
    'Augustin',
    'Junaid',
    'Satish',
    'Decker',
    'Novak',
    'Octavia',
    'Friedrich',
    'Thuy',
    'Wednell',
    'Endo',
    'Timo',
  ])('%s: a third party', (name) => {
    expect(partyOf(`Your parcel will be delivered by ${name} tomorrow.`)).toBe('third-party');
  });

  it("the customer's own name is the customer", () => {
    expect(partyOf('Your parcel will be delivered by Maria tomorrow.', { ...WED, customerName: 'Maria Lopez' })).toBe('customer');
  });

  it.each<[string, Party]>([
    ['Your parcel will be delivered by the courier tomorrow.', 'third-party'],
    ['Your refund will be processed by our billing team by Friday.', 'agent'],
  ])('%j: %s', (text, party) => {
    expect(partyOf(text)).toBe(party);
  });
});

describe('a time after "by" names no doer: the writer\'s side acts', () => {
  it.each([
    'Christmas',
    'Xmas',
    'Easter',
    'Thanksgiving',
    'lunchtime',
    'Wednesday',
    'Tuesday',
    'Thursday',
    'Saturday',
    'Mondays',
    'Sept 5',
    'Jan 5',
    'January 5',
    'Feb 5',
    'Mar 5',
    'Apr 5',
    'Jun 5',
    'Jul 5',
    'Aug 5',
    'Sep 5',
    'Oct 5',
    'Nov 5',
    'Mon',
    'Fri',
    'Dec 5',
    'December',
    'March',
    'June',
    'July',
    'the 5th',
    'EOD',
    'the end of the week',
    'the weekend',
    'the close of business',
    'tonight',
    'the mornings',
  ])('by %s', (time) => {
    expect(partyOf(`Your refund will be processed by ${time}.`)).toBe('agent');
  });
});
