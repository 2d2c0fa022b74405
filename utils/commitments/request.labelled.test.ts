// Request detection measured on a labelled set written for this purpose (none of it used to write the
// rules in request.ts): customer and agent messages that ask the other side to act, and sentences that
// look like asks but are not (questions for information, courtesy phrases, rhetorical questions,
// reported asks, offers). Precision and recall are printed; the floor below is what this set must keep.
import { describe, expect, it } from 'vitest';
import { findCommitments } from './index';
import type { Party } from './types';

const ctx = { now: new Date('2026-11-25T15:00:00Z'), timeZone: 'America/New_York' };

/** [message author, sentence, the side asked when it is a request, else null] */
const LABELLED: Array<[Party, string, Party | null]> = [
  ['customer', 'Could you resend the invoice for October by Friday?', 'agent'],
  ['customer', 'Can you please confirm the delivery window for tomorrow?', 'agent'],
  ['customer', 'Would you mind checking whether the Denver depot has our pallets?', 'agent'],
  ['customer', 'Please send the updated contract by end of day.', 'agent'],
  ['customer', 'I need the signed NDA from you by Monday.', 'agent'],
  ['customer', 'Could you refund the duplicate charge this week?', 'agent'],
  ['customer', 'Please cancel order 5521 before it ships.', 'agent'],
  ['customer', 'Can you escalate this to your billing team today?', 'agent'],
  ['customer', 'Kindly share the tracking number as soon as you have it.', 'agent'],
  ['customer', 'Would you be able to move the call to Thursday afternoon?', 'agent'],
  ['customer', 'Please make sure the replacement arrives before the 12th.', 'agent'],
  ['customer', 'Could you look into why the sync failed last night?', 'agent'],
  ['customer', 'Can you update the shipping address on my account by tomorrow?', 'agent'],
  ['customer', 'Please get back to me with a quote by Wednesday.', 'agent'],
  ['customer', 'I’d appreciate it if you could send the certificate by Friday.', 'agent'],
  ['customer', 'Would you send me the onboarding checklist?', 'agent'],
  ['agent', 'Could you send us a screenshot of the error by tomorrow?', 'customer'],
  ['agent', 'Please sign and return the form by Friday.', 'customer'],
  ['agent', 'Can you confirm your billing address by end of day?', 'customer'],
  ['agent', 'Would you mind restarting the router before our call at 3pm?', 'customer'],
  ['agent', 'Please upload the purchase order by Monday so we can ship on Tuesday.', 'customer'],
  ['agent', 'I need the serial number from you by tomorrow morning.', 'customer'],
  ['agent', 'Could you approve the quote this week?', 'customer'],
  ['agent', 'Please reply with your preferred delivery date by Thursday.', 'customer'],
  ['customer', 'Can you believe it took three weeks?', null],
  ['customer', 'Could you tell me why the price went up?', null],
  ['customer', 'Do you know when the warehouse opens?', null],
  ['customer', 'Is the replacement covered by the warranty?', null],
  ['customer', 'Please note that our office is closed on Friday.', null],
  ['customer', 'Feel free to call me any time.', null],
  ['customer', 'Thanks so much for your help yesterday!', null],
  ['customer', 'You asked me to send the logs, and I did.', null],
  ['customer', 'I will send the volumes by Wednesday.', null],
  ['customer', 'We received the parcel this morning.', null],
  ['customer', 'What time does the courier usually come?', null],
  ['customer', 'How long does a refund normally take?', null],
  ['agent', 'Please let me know if you have any other questions.', null],
  ['agent', 'Is there anything else I can help you with today?', null],
  ['agent', 'Please accept our apologies for the delay.', null],
  ['agent', 'I will send the corrected invoice by Friday.', null],
  ['agent', 'Can I ask which browser you are using?', null],
  ['agent', 'Would you like me to set up a call?', null],
  ['agent', 'We can arrange a replacement if you like.', null],
  ['customer', 'Why would anyone ship it without tracking?', null],
  ['customer', 'Any chance you could expedite this order?', 'agent'],
  ['customer', 'It would be great if you could send the W-9 by Monday.', 'agent'],
  ['customer', 'Let me know the ETA by tomorrow please.', 'agent'],
  ['customer', 'We need the updated quote before our board meets on Thursday.', 'agent'],
  ['agent', 'Make sure to keep the original packaging until the courier collects it on Friday.', 'customer'],
  ['customer', 'Can you hear me now?', null],
  ['customer', 'Could it be a problem with the firmware?', null],
  ['agent', 'Please be aware that prices change on January 1.', null],
];

describe('request detection on a labelled set', () => {
  it('finds the asks, who is asked, and leaves the rest', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let partyRight = 0;
    const misses: string[] = [];
    for (const [author, text, asked] of LABELLED) {
      const requests = findCommitments({ text, author }, ctx).filter((d) => d.kind === 'request');
      if (asked && requests.length > 0) {
        tp++;
        if (requests[0]!.party === asked) partyRight++;
        else misses.push(`party ${requests[0]!.party} for: ${text}`);
      } else if (asked) {
        fn++;
        misses.push(`missed: ${text}`);
      } else if (requests.length > 0) {
        fp++;
        misses.push(`false alarm: ${text}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `requests on ${LABELLED.length} labelled sentences: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, party ${partyRight}/${tp}` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(partyRight).toBe(tp);
  });
});
