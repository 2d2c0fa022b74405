// Realistic conversations for the golden tests of formatSummary (golden.test.ts): the items as the
// ledger holds them after the agent noted both sides' commitments, including fields an older or
// unsure parser produced (a condition left in the action, a subject kept, a clause cut short).
import type { Due } from '../commitments/types';
import type { SummaryItem, SummaryOptions } from './types';

/** Monday, November 30, 2026, 10:00 AM in New York. */
export const NOW = new Date('2026-11-30T15:00:00Z');

export function due(at: string, text: string, precision: Due['precision'] = 'day'): Due {
  return { at, text, precision };
}

// Deadlines in New York (the agent's zone in most cases), end of the workday unless timed.
const TUE = due('2026-12-01T17:00:00-05:00', 'by Tuesday');
const WED = due('2026-12-02T17:00:00-05:00', 'by Wednesday');
const THU = due('2026-12-03T17:00:00-05:00', 'by Thursday');
const FRI = due('2026-12-04T17:00:00-05:00', 'by Friday');
const NEXT_MON = due('2026-12-07T17:00:00-05:00', 'by next Monday');

export interface GoldenCase {
  name: string;
  items: SummaryItem[];
  opts: SummaryOptions;
}

const ny = (over: Partial<SummaryOptions> = {}): SummaryOptions => ({
  timeZone: 'America/New_York',
  now: NOW,
  agentName: 'Sam Lee',
  customerName: 'Priya Shah',
  ...over,
});

export const GOLDEN_CASES: GoldenCase[] = [
  {
    name: 'freight rates: a check counted from the customer’s volumes, a 10am call, a Chicago customer',
    opts: ny({ customerTimeZone: 'America/Chicago' }),
    items: [
      {
        id: 'vol',
        party: 'customer',
        action: 'send your updated Q3 volumes',
        text: "you'll send your updated Q3 volumes by Wednesday",
        due: WED,
        reason: 'so we can lock the lane prices',
      },
      {
        id: 'check',
        party: 'agent',
        action: 'double-check the Dallas–Phoenix lane against the new fuel surcharge',
        text: "I'll double-check the Dallas–Phoenix lane against the new fuel surcharge within 1 business day once your volumes arrive",
        due: due('2026-12-01T17:00:00-05:00', 'within 1 business day'),
        conditions: ['once your volumes arrive'],
        dependsOn: [{ party: 'customer', action: 'send your updated Q3 volumes', due: WED }],
      },
      {
        id: 'pallet',
        party: 'agent',
        action: 'confirm the pallet limit for the Phoenix dock',
        text: "I'll confirm the pallet limit for the Phoenix dock by 10am tomorrow",
        due: due('2026-12-01T10:00:00-05:00', '10am tomorrow', 'hour'),
      },
    ],
  },
  {
    name: 'the garbled fields of an older parser: condition and subject left in the action',
    opts: ny({ customerTimeZone: 'America/Chicago' }),
    items: [
      { id: 'vol', party: 'customer', action: 'send your updated Q3 volumes', due: WED },
      {
        id: 'check',
        party: 'agent',
        action: "once your volumes arrive I'll double-check the Dallas–Phoenix lane against the new fuel surcharge",
        text: "once your volumes arrive I'll double-check the Dallas–Phoenix lane against the new fuel surcharge by next business day",
        due: due('2026-12-01T17:00:00-05:00', 'next business day'),
        conditions: [
          "once your volumes arrive I'll double-check the Dallas–Phoenix lane against the new fuel surcharge by next business day",
        ],
        dependsOn: [{ party: 'customer', action: 'send your updated Q3 volumes', due: WED }],
      },
    ],
  },
  {
    name: 'nothing dated on the agent’s side: the summary says when the next update comes',
    opts: ny({ customerTimeZone: 'America/Los_Angeles' }),
    items: [
      { id: 'later', party: 'agent', action: 'get back to you', text: "we'll get back to you shortly", due: null, vague: true },
      {
        id: 'logs',
        party: 'customer',
        action: 'send the export logs from the March batch',
        due: THU,
        reason: 'so engineering can reproduce the duplicate invoices',
      },
    ],
  },
  {
    name: 'team voice, a customer in Berlin, a timed call and a signature',
    opts: ny({
      agentVoice: 'we',
      customerTimeZone: 'Europe/Berlin',
      customerName: 'Jonas Weber',
      signature: 'Sam Lee\nCustomer Success, Acme Freight\n',
    }),
    items: [
      {
        id: 'call',
        party: 'agent',
        action: 'call you to walk through the migration plan',
        due: due('2026-12-03T10:00:00-05:00', 'Thursday at 10am', 'hour'),
      },
      { id: 'plan', party: 'agent', action: 'send the migration plan', due: TUE },
      {
        id: 'admins',
        party: 'customer',
        action: 'confirm which admins need access',
        due: WED,
        reason: 'so the accounts are ready for the call',
      },
    ],
  },
  {
    name: 'name voice, a customer in Sydney (the agent’s Friday evening is their Saturday morning)',
    opts: ny({ agentVoice: 'name', agentName: 'Sam Lee', customerTimeZone: 'Australia/Sydney', customerName: 'Mia Clarke' }),
    items: [
      { id: 'quote', party: 'agent', action: 'send the renewal quote', due: FRI },
      { id: 'po', party: 'customer', action: 'raise the purchase order', due: NEXT_MON, conditions: ['once finance approves the quote'] },
    ],
  },
  {
    name: 'a past-due promise the agent chose to keep',
    opts: ny({ customerTimeZone: 'America/New_York' }),
    items: [
      {
        id: 'refund',
        party: 'agent',
        action: 'issue the refund for order 4471',
        due: due('2026-11-27T17:00:00-05:00', 'by Friday'),
        keep: true,
      },
      { id: 'label', party: 'agent', action: 'email you a prepaid return label', due: TUE },
      { id: 'ship', party: 'customer', action: 'ship the damaged unit back', due: FRI, conditions: ['once the label arrives'] },
    ],
  },
  {
    name: 'a promise dated before what it waits for, kept by the agent',
    opts: ny({ customerTimeZone: 'America/Denver' }),
    items: [
      { id: 'contract', party: 'customer', action: 'send the signed contract', due: THU },
      {
        id: 'onboard',
        party: 'agent',
        action: 'schedule your onboarding session',
        due: TUE,
        keep: true,
        dependsOn: [{ party: 'customer', action: 'send the signed contract', due: THU }],
      },
    ],
  },
  {
    name: 'a promise dated before what it waits for, not kept: left out, never with an impossible date',
    opts: ny({ customerTimeZone: 'America/Denver' }),
    items: [
      { id: 'contract', party: 'customer', action: 'send the signed contract', due: THU },
      {
        id: 'onboard',
        party: 'agent',
        action: 'schedule your onboarding session',
        due: TUE,
        dependsOn: [{ party: 'customer', action: 'send the signed contract', due: THU }],
      },
      { id: 'welcome', party: 'agent', action: 'send the welcome pack', due: WED },
    ],
  },
  {
    name: 'a courier in the middle: the agent’s test waits for FedEx',
    opts: ny({ customerTimeZone: 'America/Chicago' }),
    items: [
      { id: 'fedex', party: 'third-party', partyName: 'FedEx', action: 'deliver the replacement sensor', due: WED },
      {
        id: 'test',
        party: 'agent',
        action: 'run the remote calibration test',
        due: due('2026-12-01T17:00:00-05:00', 'within 2 business days'),
        dependsOn: [{ party: 'third-party', partyName: 'FedEx', action: 'deliver the replacement sensor', due: WED }],
      },
      { id: 'install', party: 'customer', action: 'install the sensor on line 3', due: THU },
    ],
  },
  {
    name: 'the customer’s own words, swapped to second person',
    opts: ny({ customerTimeZone: 'America/New_York' }),
    items: [
      {
        id: 'cfo',
        party: 'customer',
        writtenBy: 'customer',
        action: "get our CFO's sign-off on the new tier",
        due: FRI,
        conditions: ['if you can send me the revised pricing sheet today'],
        reason: 'because my budget closes next week',
      },
      { id: 'sheet', party: 'agent', action: 'send the revised pricing sheet', due: due('2026-11-30T17:00:00-05:00', 'today') },
    ],
  },
  {
    name: 'a customer in Tokyo: no English abbreviation, so the city and offset',
    opts: ny({ customerTimeZone: 'Asia/Tokyo', customerName: 'Kenji Sato' }),
    items: [
      {
        id: 'patch',
        party: 'agent',
        action: 'deploy the hotfix to your staging tenant',
        due: due('2026-12-01T20:00:00-05:00', 'Tuesday 8pm', 'hour'),
      },
      { id: 'verify', party: 'customer', action: 'verify the fix on staging', due: THU },
    ],
  },
  {
    name: 'summer in London for an agent in Los Angeles',
    opts: {
      timeZone: 'America/Los_Angeles',
      customerTimeZone: 'Europe/London',
      now: new Date('2026-06-15T16:00:00Z'),
      agentName: 'Ana Ruiz',
      customerName: 'Tom Hughes',
    },
    items: [
      {
        id: 'call',
        party: 'agent',
        action: 'call you about the data-residency question',
        due: due('2026-06-17T08:00:00-07:00', 'Wednesday at 8am', 'hour'),
      },
      { id: 'dpa', party: 'customer', action: 'send your legal team’s DPA comments', due: due('2026-06-19T17:00:00-07:00', 'by Friday') },
    ],
  },
  {
    name: 'a customer in India, both zones asked for',
    opts: ny({ customerTimeZone: 'Asia/Kolkata', customerName: 'Ananya Iyer', templates: { zones: 'both' } }),
    items: [
      {
        id: 'sync',
        party: 'agent',
        action: 'join your team’s stand-up to review the error logs',
        due: due('2026-12-02T23:30:00-05:00', 'Wednesday 11:30pm', 'minute'),
      },
      { id: 'access', party: 'customer', action: 'grant us read access to the log bucket', due: TUE },
    ],
  },
  {
    name: 'a customer in UTC: "UTC" is their own zone',
    opts: ny({ customerTimeZone: 'UTC' }),
    items: [
      {
        id: 'export',
        party: 'agent',
        action: 'send the full account export',
        due: due('2026-12-01T12:00:00-05:00', 'tomorrow at noon', 'hour'),
      },
    ],
  },
  {
    name: 'customer zone unknown: the agent’s zone, with its abbreviation',
    opts: { timeZone: 'America/Chicago', now: NOW, agentName: 'Lee Park' },
    items: [
      { id: 'rma', party: 'agent', action: 'send the RMA number', due: due('2026-12-01T15:00:00-06:00', 'by 3pm tomorrow', 'hour') },
      { id: 'serial', party: 'customer', action: 'reply with the serial number', due: due('2026-11-30T17:00:00-06:00', 'today') },
    ],
  },
  {
    name: 'an action that opens with a noun phrase and its own subject: the agent’s own words',
    opts: ny({ customerTimeZone: 'America/New_York' }),
    items: [
      {
        id: 'rerun',
        party: 'agent',
        action: 'the data team will re-run the October report',
        text: 'Our data team will re-run the October report by Wednesday',
        due: WED,
      },
      { id: 'ok', party: 'customer', action: 'check the totals against your ledger', due: FRI },
    ],
  },
  {
    name: 'an action cut mid-clause and a condition repeated: own words, each said once',
    opts: ny({ customerTimeZone: 'America/New_York' }),
    items: [
      {
        id: 'inv',
        party: 'agent',
        action: 'send the corrected invoice to',
        text: 'I will send the corrected invoice to your AP mailbox by Thursday if the PO number matches',
        due: THU,
        conditions: ['if the PO number matches'],
      },
      {
        id: 'po',
        party: 'customer',
        action: 'confirm the PO number',
        due: WED,
        conditions: ['once you check with procurement', 'once you check with procurement'],
        reason: 'so we can so we can',
      },
    ],
  },
  {
    name: 'the customer moved their date: the dependent promise moves with it',
    opts: ny({ customerTimeZone: 'America/Chicago' }),
    items: [
      { id: 'vol', party: 'customer', action: 'send your updated Q3 volumes', due: NEXT_MON },
      {
        id: 'check',
        party: 'agent',
        action: 'double-check the Dallas–Phoenix lane',
        due: due('2026-12-01T17:00:00-05:00', 'within 1 business day'),
        conditions: ['once your volumes arrive'],
        dependsOn: [{ party: 'customer', action: 'send your updated Q3 volumes', due: NEXT_MON }],
      },
    ],
  },
  {
    name: 'waiting for something the customer has not dated yet',
    opts: ny({ customerTimeZone: 'America/New_York' }),
    items: [
      { id: 'logs', party: 'customer', action: 'send the HAR file from the failing checkout', due: null },
      {
        id: 'analyse',
        party: 'agent',
        action: 'analyse the checkout failure',
        due: due('2026-12-02T17:00:00-05:00', 'within 2 business days'),
        dependsOn: [{ party: 'customer', action: 'send the HAR file from the failing checkout', due: null }],
      },
    ],
  },
  {
    name: 'waiting for two things: the customer and legal',
    opts: ny({ customerTimeZone: 'America/New_York', agentVoice: 'we' }),
    items: [
      { id: 'dpa', party: 'customer', action: 'return the signed DPA', due: WED },
      { id: 'legal', party: 'third-party', partyName: 'our legal team', action: 'countersign the DPA', due: THU },
      {
        id: 'enable',
        party: 'agent',
        action: 'enable EU data residency on your workspace',
        due: due('2026-12-01T17:00:00-05:00', 'next business day'),
        dependsOn: [
          { party: 'customer', action: 'return the signed DPA', due: WED },
          { party: 'third-party', partyName: 'our legal team', action: 'countersign the DPA', due: THU },
        ],
      },
    ],
  },
  {
    name: 'a colleague on the agent’s side, name voice without a name, custom headings and no risk question',
    opts: {
      timeZone: 'America/New_York',
      now: NOW,
      agentVoice: 'name',
      customerName: 'Dana Reyes',
      templates: { headings: { agent: 'On our side:', customer: 'On yours:' }, probe: '' },
    },
    items: [
      { id: 'refund', party: 'agent', partyName: 'Our billing team', action: 'issue the credit note', due: THU },
      { id: 'me', party: 'agent', action: 'confirm the credit reached your account', due: FRI },
      { id: 'bank', party: 'customer', action: 'check the credit on your statement', due: NEXT_MON },
    ],
  },
  {
    name: 'several no-date items: only the kept one says "date to be confirmed"',
    opts: ny({ customerTimeZone: 'America/Chicago' }),
    items: [
      { id: 'a', party: 'agent', action: 'look into the sync delay', due: null, keep: true },
      { id: 'b', party: 'agent', action: 'ask the product team about a bulk-edit option', due: null },
      { id: 'c', party: 'customer', action: 'let us know which records are missing', due: null },
      { id: 'd', party: 'customer', action: 'send the list of affected users', due: TUE },
    ],
  },
  {
    name: 'markup in every field is text in the HTML',
    opts: ny({ customerTimeZone: 'America/Chicago', customerName: 'Ann <b>O’Neil</b>', signature: 'Sam <Support> & Co' }),
    items: [
      { id: 'x', party: 'agent', action: 'send the <script> fix & notes', due: WED, reason: 'so "staging" matches prod' },
      { id: 'y', party: 'customer', action: 'test the <b>fix</b>', due: THU },
    ],
  },
];
