// The summary's sentence parts, one function at a time: what the customer reads in place of the
// stored words (the subject, the person swapped, a condition or a reason joined to the line).
import { describe, expect, it } from 'vitest';
import { clean, conditionPhrase, reasonPhrase, samePerson, subjectFor, swapPerson, toPredicate, upperFirst, type Voice } from './phrasing';

const I: Voice = { agentVoice: 'I', agentName: 'Sam Lee', customerName: 'Dana Reyes' };
const WE: Voice = { ...I, agentVoice: 'we' };
const NAMED: Voice = { ...I, agentVoice: 'name' };

describe('clean', () => {
  it.each<[unknown, string]>([
    [undefined, ''],
    [42, ''],
    ['  send\n the \t rate card  ', 'send the rate card'],
    ['- send the card', 'send the card'],
    ['• * — – send it', 'send it'],
    ['send it, today.', 'send it, today'],
    ['send it !?;:,. ', 'send it'],
    ['send it.\u00a0', 'send it'],
  ])('%j → %j', (input, out) => {
    expect(clean(input)).toBe(out);
  });
});

describe('upperFirst', () => {
  it('capitalises the first letter only, and leaves an empty text empty', () => {
    expect(upperFirst('send it')).toBe('Send it');
    expect(upperFirst('')).toBe('');
  });
});

describe('samePerson', () => {
  it.each<[string | null | undefined, string | null | undefined, boolean]>([
    ['Dana', 'Dana', true],
    ['dana  reyes ', 'Dana Reyes', true],
    ['Dana', 'Dana Reyes', true],
    ['Dana Reyes', 'Dana', true],
    ['Dana Reyes', 'Dana Smith', false],
    ['Dan', 'Dana', false],
    ['Dana', 'Dana-Marie Reyes', false],
    ['Reyes', 'Dana Reyes', false],
    ['', '', false],
    [null, 'Dana', false],
    ['Dana', undefined, false],
    [null, undefined, false],
    ['   ', '   ', false],
  ])('%j and %j → %s', (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });
});

describe('subjectFor', () => {
  it.each<[string, Parameters<typeof subjectFor>, { lead: string; object: string }]>([
    ['the agent in the first person', ['agent', null, I], { lead: "I'll", object: 'me' }],
    ['the agent as "we"', ['agent', null, WE], { lead: "We'll", object: 'us' }],
    ['the agent by name', ['agent', null, NAMED], { lead: 'Sam Lee will', object: 'Sam Lee' }],
    ['the agent by name with no name set: "I"', ['agent', null, { ...NAMED, agentName: '' }], { lead: "I'll", object: 'me' }],
    ['the agent named as themselves', ['agent', 'Sam', WE], { lead: "We'll", object: 'us' }],
    ['a colleague on the agent’s side', ['agent', ' Priya  Shah ', I], { lead: 'Priya Shah will', object: 'Priya Shah' }],
    ['the customer', ['customer', null, I], { lead: "You'll", object: 'you' }],
    ['the customer by their own name', ['customer', 'dana', I], { lead: "You'll", object: 'you' }],
    ['someone else on the customer’s side', ['customer', 'Ravi', I], { lead: 'Ravi will', object: 'Ravi' }],
    ['a named third party', ['third-party', 'FedEx', I], { lead: 'FedEx will', object: 'FedEx' }],
    ['an unnamed third party', ['third-party', '', I], { lead: 'A third party will', object: 'a third party' }],
  ])('%s', (_name, args, subject) => {
    expect(subjectFor(...args)).toEqual(subject);
  });
});

describe('toPredicate: a subject the words already carry is removed, once', () => {
  it.each<[string, string, Parameters<typeof toPredicate>[1], string | null]>([
    ["I'll send the rate card", 'send the rate card', 'agent', null],
    ['I’ll send the rate card', 'send the rate card', 'agent', null],
    ['We will Send the rate card', 'send the rate card', 'agent', null],
    ["we're going to check the lane", 'check the lane', 'agent', null],
    ['I am going to check the lane', 'check the lane', 'agent', null],
    ['you need to sign the form', 'sign the form', 'customer', null],
    ['You have to sign the form', 'sign the form', 'customer', null],
    ['you sign the form', 'sign the form', 'customer', null],
    ['Dana to sign the form', 'sign the form', 'customer', null],
    ['Dana Reyes will sign the form', 'sign the form', 'customer', null],
    ['dana reyes should sign the form', 'sign the form', 'customer', null],
    ['Sam will call the carrier', 'call the carrier', 'agent', null],
    ['Priya will call the carrier', 'call the carrier', 'agent', 'Priya Shah'],
    ['The customer will sign', 'sign', 'customer', null],
    ['client to sign', 'sign', 'customer', null],
    ['they will refund it', 'refund it', 'third-party', null],
    ['She can refund it', 'refund it', 'third-party', null],
    ['the agent must call', 'call', 'agent', null],
    ['will send the card', 'send the card', 'agent', null],
    ['’ll send the card', 'send the card', 'agent', null],
    ['to send the card', 'send the card', 'agent', null],
    ['Acme (EU) will ship it', 'ship it', 'third-party', 'Acme (EU)'],
    ['Send the card', 'send the card', 'agent', null],
    ['FedEx picks it up', 'FedEx picks it up', 'agent', null],
    ['EU approval', 'EU approval', 'agent', null],
    ['Send, then call', 'send, then call', 'agent', null],
    ["Dana's form", "dana's form", 'agent', 'Someone'],
    ['Sending', 'sending', 'agent', null],
  ])('%j → %j', (action, text, party, partyName) => {
    expect(toPredicate(action, party, partyName, I)).toEqual({ text, ownSubject: false });
  });

  it('a subject alone is kept: nothing would be left to say', () => {
    expect(toPredicate('I', 'agent', null, I)).toEqual({ text: 'I', ownSubject: false });
    expect(toPredicate('I will', 'agent', null, I)).toEqual({ text: 'will', ownSubject: false });
    expect(toPredicate('to ', 'agent', null, I)).toEqual({ text: 'to', ownSubject: false });
  });

  it('a third party that speaks for itself keeps its words and capital: no subject of ours', () => {
    expect(toPredicate('Billing refunds the fee', 'third-party', 'billing', I)).toEqual({
      text: 'Billing refunds the fee',
      ownSubject: true,
    });
    expect(toPredicate('Acme (EU) ships it', 'third-party', 'Acme (EU)', I)).toEqual({ text: 'Acme (EU) ships it', ownSubject: true });
    // Not the third party's own name, or the name alone: ours is added.
    expect(toPredicate('Billing refunds the fee', 'third-party', 'legal', I)).toEqual({
      text: 'billing refunds the fee',
      ownSubject: false,
    });
    expect(toPredicate('Billing', 'third-party', 'billing', I)).toEqual({ text: 'billing', ownSubject: false });
    expect(toPredicate('Billing refunds the fee', 'customer', 'billing', I)).toEqual({
      text: 'billing refunds the fee',
      ownSubject: false,
    });
  });

  // The compiled patterns are kept per set of names: only the first call with a set builds them,
  // so each test below uses names no other test uses (the build is what it checks).
  it('every word that stands for a party, before a modal, is a subject', () => {
    const voice: Voice = { agentVoice: 'I', agentName: 'Noor Haddad', customerName: 'Ines Moreau' };
    for (const noun of [
      'they',
      'he',
      'she',
      'the customer',
      'customer',
      'the client',
      'client',
      'the agent',
      'agent',
      'Noor',
      'Ines Moreau',
    ]) {
      expect(toPredicate(`${noun} will check the lane`, 'third-party', null, voice).text).toBe('check the lane');
      expect(toPredicate(`${noun.toUpperCase()} TO check the lane`, 'third-party', null, voice).text).toBe('check the lane');
    }
    expect(toPredicate('they’ll check the lane', 'third-party', null, voice).text).toBe('check the lane');
    // Not a subject without its modal, nor a word that only starts like one.
    expect(toPredicate('theyre checking the lane', 'third-party', null, voice).text).toBe('theyre checking the lane');
    expect(toPredicate('Agents will check', 'third-party', null, voice).text).toBe('agents will check');
  });

  it('two sets of names that read the same end to end are not confused', () => {
    const twice: Voice = { agentVoice: 'I', agentName: 'Ab', customerName: 'Ab' };
    const once: Voice = { agentVoice: 'I', agentName: 'AbAb', customerName: '' };
    expect(toPredicate('Ab will sign', 'customer', null, twice).text).toBe('sign');
    expect(toPredicate('AbAb will sign', 'customer', null, once).text).toBe('sign');
  });

  it('the longest name is tried first ("Sam Will to send" is Sam Will’s, not Sam’s "Will to send")', () => {
    const voice: Voice = { agentVoice: 'I', agentName: 'Sam', customerName: 'Sam Will' };
    expect(toPredicate('Sam Will to send it', 'customer', null, voice).text).toBe('send it');
  });

  it('a contraction with no subject before it is kept as written: nothing says whose it is', () => {
    expect(toPredicate("'re going to check the lane", 'agent', null, I).text).toBe("'re going to check the lane");
  });

  it('many name sets in a row give the same answers (the compiled patterns are kept, a bounded number)', () => {
    for (let i = 0; i < 120; i++) {
      const voice = { ...I, customerName: `Customer${i}` };
      expect(toPredicate(`Customer${i} will sign`, 'customer', null, voice).text).toBe('sign');
    }
    expect(toPredicate('Customer3 will sign', 'customer', null, { ...I, customerName: 'Customer3' }).text).toBe('sign');
  });
});

describe('swapPerson: the customer’s own words, said back to them', () => {
  it.each<[string, string, string]>([
    ['I will send my files to you', 'You will send your files to me', 'You will send your files to us'],
    ['I’ll send mine myself', 'You’ll send yours yourself'.replace('You’ll', "You'll"), "You'll send yours yourself"],
    ["i'm sure i've got it and i'd say so", "you're sure you've got it and you'd say so", "you're sure you've got it and you'd say so"],
    [
      "We're ready, we've paid, we'll sign, we'd like ours",
      "You're ready, you've paid, you'll sign, you'd like yours",
      "You're ready, you've paid, you'll sign, you'd like yours",
    ],
    ['our team asks us to do it ourselves', 'your team asks you to do it yourselves', 'your team asks you to do it yourselves'],
    ['once your team sends yours', 'once my team sends mine', 'once our team sends ours'],
    ['if you fix it yourself', 'if I fix it myself', 'if we fix it ourselves'],
    ['when you yourselves decide', 'when I ourselves decide', 'when we ourselves decide'],
    ["you're sure you've checked, you'll call", "I'm sure I've checked, I'll call", "we're sure we've checked, we'll call"],
    ["you'd rather wait", "I'd rather wait", "we'd rather wait"],
    ['You said so', 'I said so', 'We said so'],
    ['My order', 'Your order', 'Your order'],
    ['send it to you', 'send it to me', 'send it to us'],
    ['send it and you confirm', 'send it and I confirm', 'send it and we confirm'],
    ['after the long review is done you confirm', 'after the long review is done me confirm', 'after the long review is done us confirm'],
    ['as you decided', 'as I decided', 'as we decided'],
    ['(you approve)', '(I approve)', '(we approve)'],
    ['yes; you approve', 'yes; I approve', 'yes; we approve'],
    ['whenever you can', 'whenever I can', 'whenever we can'],
    ['ask MY manager', 'ask your manager', 'ask your manager'],
    ['mY order', 'your order', 'your order'],
    ['we can wait', 'you can wait', 'you can wait'],
    ['we’re ready', "you're ready", "you're ready"],
    ['yes, call you', 'yes, call me', 'yes, call us'],
    ['youth and iris', 'youth and iris', 'youth and iris'],
  ])('%j', (words, inFirstPerson, asWe) => {
    expect(swapPerson(words, 'I')).toBe(inFirstPerson);
    expect(swapPerson(words, 'name')).toBe(inFirstPerson);
    expect(swapPerson(words, 'we')).toBe(asWe);
  });

  it('a word never swaps back: "I … you" becomes "you … me", not "I … me"', () => {
    expect(swapPerson('I told you', 'I')).toBe('You told me');
  });
});

describe('conditionPhrase', () => {
  it.each([
    ['', ''],
    [' . ', ''],
    ['legal signs', 'once legal signs'],
    ['Legal signs', 'once legal signs'],
    ['If you send it', 'if you send it'],
    ["once you've sent the portfolio.", "once you've sent the portfolio"],
    ['as soon as you reply', 'as soon as you reply'],
    ['upon receipt', 'upon receipt'],
    ['subject to approval', 'subject to approval'],
    ['in case it fails', 'in case it fails'],
    ['only if it fails', 'only if it fails'],
    ['pending approval', 'pending approval'],
    ['ifs and buts', 'once ifs and buts'],
    ['legal signs if needed', 'once legal signs if needed'],
  ])('%j → %j', (condition, phrase) => {
    expect(conditionPhrase(condition)).toBe(phrase);
  });
});

describe('reasonPhrase', () => {
  it.each([
    ['', ''],
    ['!', ''],
    ["so we won't miss Wednesday's deadline", "so we won't miss Wednesday's deadline"],
    ['Because the audit starts Monday.', 'because the audit starts Monday'],
    ['in order to meet the audit', 'in order to meet the audit'],
    ['due to the holiday', 'due to the holiday'],
    ["we won't miss the deadline", "so that we won't miss the deadline"],
    ['It ships faster', 'so that it ships faster'],
    ['there is a backlog', 'so that there is a backlog'],
    ['the audit', '(the audit)'],
    ['Year-end close', '(Year-end close)'],
    ['Quarter close', '(quarter close)'],
    ['sofa delivery', '(sofa delivery)'],
    ['item: weekly', '(item: weekly)'],
    ['audit for tax', '(audit for tax)'],
  ])('%j → %j', (reason, phrase) => {
    expect(reasonPhrase(reason)).toBe(phrase);
  });
});
