// The checks that keep a summary line from reading garbled, one function at a time: is the action a
// verb phrase that can follow "I'll", does a field repeat another, where do our dates go in the
// agent's own words. Every word list is pinned one word a row: a word dropped from a list is a
// line the customer reads wrong ("I'll unless you object send it").
import { describe, expect, it } from 'vitest';
import {
  collapseRepeats,
  commaAfterLeadingCondition,
  containsPhrase,
  findWords,
  insertAfter,
  isSureAction,
  isWholeClause,
  leadingCondition,
  sameSubjectMatter,
  thirdPerson,
  trimDangling,
} from './clauses';

describe('containsPhrase', () => {
  it.each<[string, string, boolean]>([
    ["Once your volumes arrive, I'll check", 'your volumes', true],
    ['SEND THE FILE today', 'the file', true],
    ['send the volumes', 'volume', false],
    ['resend the file', 'send the', false],
    ['send the file', '', false],
    ['send the file', ' !? ', false],
    ['I’ll send the file', "I'll send", true],
    ["I'll send the file", 'I’ll send', true],
    ['send the Q3-volumes now', 'q3 volumes', true],
    ['send the Q3 - volumes now', 'q3 volumes', true],
    ['send   the\n\tfile', 'the file', true],
    ['envoyer le rapport à Zürich demain', 'à zürich', true],
    ['envoyer le rapport àZürich demain', 'zürich', false],
    ['call at 5 pm', '5 pm', true],
    ['call at 15 pm', '5 pm', false],
    ['send the files now', 'the files)', true],
    ['send the files now', '(the files', true],
    ['', '', false],
    ['!!', '?', false],
  ])('%j holds %j: %s', (haystack, needle, holds) => {
    expect(containsPhrase(haystack, needle)).toBe(holds);
  });
});

const CONDITION_WORDS = [
  'if',
  'once',
  'when',
  'whenever',
  'after',
  'as soon as',
  'as long as',
  'so long as',
  'provided',
  'providing',
  'assuming',
  'unless',
  'upon',
  'until',
  'till',
  'before',
  'in case',
  'only if',
  'depending on',
  'pending',
  'subject to',
  'the moment',
  'the minute',
];

const SUBJECTS = [
  'i',
  "i'll",
  'i’m',
  "i'd",
  "i've",
  'we',
  "we'll",
  "we're",
  'we’d',
  "we've",
  'you',
  "you'll",
  "you're",
  "you'd",
  'you’ve',
  'he',
  'she',
  'it',
  'they',
  "they'll",
  'they’re',
  'someone',
  'somebody',
  'everyone',
  'nobody',
  'there',
  'this',
  'that',
  'these',
  'those',
];

const NOT_VERB_STARTS =
  'the a an our your my his her their its by on at in for with from of to and or but so because since as than then which who whom whose what where why how is are was were am been being has had did does will shall would should could can may might must'.split(
    ' ',
  );

const DANGLING_ENDS =
  'the a an our your my their to for with from of by and or but so because if once when that which than as will shall would should could can must is are was were'.split(
    ' ',
  );

describe('isSureAction: the action can follow "I\'ll"', () => {
  it.each<[string, boolean]>([
    ['send the rate card', true],
    ['Send the rate card', true],
    ['', false],
    ['   ', false],
    ['send the file if needed', true],
    ['call you back', true],
    ['check that they arrive', true],
    ['weed out the duplicate tickets', true],
    ['weld the bracket', true],
    ['weave the notes into the report', true],
    ['send 3 copies', true],
    ['3 copies', false],
    ['émettre la facture', true],
    ['"send" the file', false],
    ['(re)send the file', false],
    ['check the lane and I’ll double-check it', false],
    ["check the lane and I'll double-check it", false],
    ['send it so we will know', false],
    ['send it so you shall see', false],
    ['ask whether they are going to ship', false],
    ['ask whether he is going to ship', false],
    ['ask whether I am going to ship', false],
    ['ask whether she will ship', false],
    ['ask whether they willingly ship', true],
    ['send the quote to', false],
    ['send the quote to Dana', true],
  ])('%j → %s', (action, sure) => {
    expect(isSureAction(action, {})).toBe(sure);
  });

  it('forty words are a phrase; forty-one are pasted text', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'check' : `part${i}`)).join(' ');
    expect(isSureAction(words(40), {})).toBe(true);
    expect(isSureAction(words(41), {})).toBe(false);
  });

  it.each(CONDITION_WORDS)('opening with the condition word %j: not a verb phrase', (word) => {
    expect(isSureAction(`${word} the logs arrive send the report`, {})).toBe(false);
    expect(isSureAction(`${word.toUpperCase()} the logs arrive send the report`, {})).toBe(false);
  });

  it.each(SUBJECTS)('opening with the subject %j: the clause kept its subject', (subject) => {
    expect(isSureAction(`${subject} send the report`, {})).toBe(false);
  });

  it.each(NOT_VERB_STARTS)('opening with %j: not a verb', (word) => {
    expect(isSureAction(`${word} report goes out`, {})).toBe(false);
  });

  it.each(DANGLING_ENDS)('ending on %j: cut mid-clause', (word) => {
    expect(isSureAction(`send the report ${word}`, {})).toBe(false);
    expect(isSureAction(`send the report ${word}ly`, {})).toBe(true);
  });

  it('a word that only starts like a condition word or a subject is a verb', () => {
    for (const action of [
      'iffy the plan',
      'oncethrough the list',
      'untill the soil',
      'theme the page',
      'answer the call',
      'isolate the fault',
    ]) {
      expect(isSureAction(action, {}), action).toBe(true);
    }
  });

  it('repeating its own condition (without the condition word) is not sure', () => {
    expect(isSureAction('check that the volumes arrive', { conditions: ['if the volumes arrive'] })).toBe(false);
    expect(isSureAction('double-check the lane once your volumes arrive', { conditions: ['once your volumes arrive'] })).toBe(false);
    expect(isSureAction('double-check the lane', { conditions: ['once your volumes arrive'] })).toBe(true);
    expect(isSureAction('double-check the lane', { conditions: ['if'] })).toBe(true);
    expect(isSureAction('double-check the lane', { conditions: [] })).toBe(true);
  });

  it('repeating its reason or deadline words (two words or more) is not sure; one word may be shared', () => {
    expect(isSureAction('send the logs for the audit', { reason: 'for the audit' })).toBe(false);
    expect(isSureAction('send the audit logs', { reason: 'the audit' })).toBe(false);
    expect(isSureAction('send the audit logs', { reason: 'audit' })).toBe(true);
    expect(isSureAction('send the audit logs', { reason: null })).toBe(true);
    expect(isSureAction('send it by Friday', { dueText: 'by Friday' })).toBe(false);
    expect(isSureAction('send the Friday report', { dueText: 'Friday report' })).toBe(false);
    expect(isSureAction('send the Friday report', { dueText: 'Friday' })).toBe(true);
    expect(isSureAction('send the Friday report', { dueText: 'Friday!' })).toBe(true);
    expect(isSureAction('send the Friday report', { dueText: null })).toBe(true);
    expect(isSureAction('send the report', { reason: 'for the audit', dueText: 'by Friday' })).toBe(true);
  });
});

describe('isWholeClause', () => {
  it.each<[string, boolean]>([
    ['once the files arrive', true],
    ['', false],
    [' . ', false],
    ['once the', false],
    ['if you can', false],
    ['if the carrier confirms the slot with', false],
    ['if we will have the logs', false],
    ["once you'll have the logs", false],
    ['once they are going to ship', false],
    ['as long as the link works', true],
  ])('%j → %s', (text, whole) => {
    expect(isWholeClause(text)).toBe(whole);
  });

  it.each(DANGLING_ENDS)('ending on %j: cut', (word) => {
    expect(isWholeClause(`once the carrier confirms ${word}`)).toBe(false);
  });
});

describe('sameSubjectMatter', () => {
  it.each<[string, string, boolean]>([
    ['once your volumes arrive', 'send your Q3 volumes', true],
    ['once the logs arrive', 'send your Q3 volumes', false],
    ['once your files arrive', 'send the file', true],
    ['after the patches land', 'ship the patch', true],
    ['once the samples arrive', 'send a sample', true],
    ["approve Dana's quote", 'Dana signs', true],
    ['the map', 'send the map', false],
    ['the maps', 'update maps', true],
    ['please send', 'send it please', false],
    ['once they arrive', 'it should arrive today', false],
    ['once they come back', 'come back later', false],
    ['when it is updated', 'updated soon', false],
    ['', 'send the file', false],
    ['the CONTRACT', 'sign the contract', true],
    ['once the copies arrive', 'copy the ticket', true],
    ['confirm the addresses', 'update the address', true],
    ['once the crashes stop', 'fix the crash', true],
    ['once the indexes are rebuilt', 'rebuild the index', true],
    ['once the buzzes stop', 'find the buzz', true],
    ['close the cases', 'the case is closed', true],
    ['once the sizes are known', 'size the order', true],
    ['the status page', 'check the statu', false],
    ['the analysis', 'the analysi', false],
    ['your bonus', 'the bonu', false],
    ['refuel the diesels', 'order diesel', true],
    ['once the deliveries arrive', 'confirm the delivery', true],
    ['open the chest', 'lock the chests', true],
  ])('%j and %j → %s', (a, b, same) => {
    expect(sameSubjectMatter(a, b)).toBe(same);
  });
});

describe('findWords and insertAfter', () => {
  it.each<[string, string, { index: number; length: number } | null]>([
    ['Send the Q3 volumes', 'q3 volumes', { index: 9, length: 10 }],
    ['pay $5 (approx.) now', '$5 (approx.)', { index: 4, length: 12 }],
    ['pay a+b now', 'a+b', { index: 4, length: 3 }],
    ['send [it] now', '[it]', { index: 5, length: 4 }],
    ['send a?b now', 'a?b', { index: 5, length: 3 }],
    ['send ab now', 'a?b', null],
    ['send it', '', null],
    ['(send it)', '', null],
    ['send it', ' . ', null],
    ['resend it', 'send', null],
    ['sends it', 'send', null],
    ['send   the file', 'send the file', { index: 0, length: 15 }],
    ['so I’ll send it', "I'll send", { index: 3, length: 9 }],
    ["so I'll send it", 'I’ll send', { index: 3, length: 9 }],
    ['Zürich', 'rich', null],
    ['A4 paper', '4 paper', null],
    ['4 papers', '4 paper', null],
    ['by FRIDAY, then', 'by Friday', { index: 0, length: 9 }],
  ])('%j, %j → %j', (haystack, needle, hit) => {
    expect(findWords(haystack, needle)).toEqual(hit);
  });

  it('puts the words right after the first occurrence, or says null', () => {
    expect(insertAfter('send it by Friday, by Friday', 'by friday', ' (Dec 4)')).toBe('send it by Friday (Dec 4), by Friday');
    expect(insertAfter('send it', 'by Friday', ' (Dec 4)')).toBeNull();
  });
});

describe('commaAfterLeadingCondition', () => {
  const C = ['once your volumes arrive'];
  it.each<[string, string[], string]>([
    ["Once your volumes arrive I'll check", C, "Once your volumes arrive, I'll check"],
    ["Once your volumes arrive, I'll check", C, "Once your volumes arrive, I'll check"],
    ["Once your volumes arrive , I'll check", C, "Once your volumes arrive , I'll check"],
    ["Once your volumes arrive; I'll check", C, "Once your volumes arrive; I'll check"],
    ["Once your volumes arrive: I'll check", C, "Once your volumes arrive: I'll check"],
    ["Once your volumes arrive — I'll check", C, "Once your volumes arrive — I'll check"],
    ["Once your volumes arrive – I'll check", C, "Once your volumes arrive – I'll check"],
    ["Once your volumes arrive - I'll check", C, "Once your volumes arrive - I'll check"],
    ["Once your volumes arrive (Friday) I'll check", C, "Once your volumes arrive (Friday) I'll check"],
    ['Once your volumes arrive', C, 'Once your volumes arrive'],
    ['Once your volumes arrive  ', C, 'Once your volumes arrive  '],
    ["I'll check once your volumes arrive then", C, "I'll check once your volumes arrive then"],
    ["Once your volumes arrive I'll check, then call", C, "Once your volumes arrive, I'll check, then call"],
    ["Once your volumes arrive I'll check (today)", C, "Once your volumes arrive, I'll check (today)"],
    ["Once your volumes arrive(Friday) I'll check", C, "Once your volumes arrive(Friday) I'll check"],
    ["Once your volumes arrive I'll check", [], "Once your volumes arrive I'll check"],
    ["Once your volumes arrive I'll check", ['check', 'once your volumes arrive.'], "Once your volumes arrive, I'll check"],
    ["Once your volumes arrive I'll check", ['if Dana agrees', 'once your volumes arrive'], "Once your volumes arrive, I'll check"],
  ])('%j with %j → %j', (text, conditions, out) => {
    expect(commaAfterLeadingCondition(text, conditions)).toBe(out);
  });
});

describe('thirdPerson', () => {
  it.each<[string, string | null]>([
    ['send the file', 'sends the file'],
    ['be ready', 'is ready'],
    ['have it', 'has it'],
    ['do it', 'does it'],
    ['go live', 'goes live'],
    ['push it', 'pushes it'],
    ['fix it', 'fixes it'],
    ['match it', 'matches it'],
    ['pass it', 'passes it'],
    ['buzz me', 'buzzes me'],
    ['echo it', 'echoes it'],
    ['copy it', 'copies it'],
    ['pay it', 'pays it'],
    ['double-check the lane', 'double-checks the lane'],
    ['sign', 'signs'],
    ['style the page', 'styles the page'],
    ['sync the data', 'syncs the data'],
    ['send\nit', 'sends\nit'],
    ['Send it', null],
    ['', null],
    ['3d-print it', null],
    [' send it', null],
  ])('%j → %j', (predicate, out) => {
    expect(thirdPerson(predicate)).toBe(out);
  });
});

describe('leadingCondition', () => {
  it.each<[string, { condition: string; text: string } | null]>([
    [
      "once your volumes arrive I'll double-check the lane",
      { condition: 'once your volumes arrive', text: "once your volumes arrive, I'll double-check the lane" },
    ],
    ['If it fails, we will retry', { condition: 'If it fails', text: 'If it fails, we will retry' }],
    ['If it fails ,  we will retry', { condition: 'If it fails', text: 'If it fails, we will retry' }],
    ['once they send the logs I’ll check', { condition: 'once they send the logs', text: 'once they send the logs, I’ll check' }],
    [
      'provided that the logs arrive we are going to ship',
      { condition: 'provided that the logs arrive', text: 'provided that the logs arrive, we are going to ship' },
    ],
    ['when it lands I am going to call', { condition: 'when it lands', text: 'when it lands, I am going to call' }],
    ['when it lands she is going to call', { condition: 'when it lands', text: 'when it lands, she is going to call' }],
    ['after it lands he shall call', { condition: 'after it lands', text: 'after it lands, he shall call' }],
    ["after it lands you'll hear", { condition: 'after it lands', text: "after it lands, you'll hear" }],
    ['once the logs arrive; I’ll check', null],
    ['once the logs arrive: I’ll check', null],
    ["I'll check once the logs arrive", null],
    ["I think once it lands we'll call", null],
    ['once the logs arrive Dana will check', null],
    ['once the logs arrive I check', null],
    ["once the logs arriveI'll check", null],
    ["once the logs arrive I'llx check", null],
  ])('%j → %j', (text, out) => {
    expect(leadingCondition(text)).toEqual(out);
  });

  it.each(['if', 'once', 'when', 'whenever', 'after', 'as soon as', 'as long as', 'provided', 'assuming', 'unless', 'upon', 'the moment'])(
    'the condition word %j opens a condition',
    (word) => {
      expect(leadingCondition(`${word} it lands we'll call`)).toEqual({
        condition: `${word} it lands`,
        text: `${word} it lands, we'll call`,
      });
    },
  );
});

describe('collapseRepeats', () => {
  it.each<[string, string]>([
    ['so we can so we can check', 'so we can check'],
    ['send the file, send the file', 'send the file'],
    ['check check check it', 'check it'],
    ['had had', 'had had'],
    ['the the file', 'the the file'],
    ['send send the file', 'send the file'],
    ['resend send it', 'resend send it'],
    ['send sender', 'send sender'],
    ['prüfen prüfen', 'prüfen'],
    ["we'll we'll check", "we'll check"],
    ['ab12 ab12 now', 'ab12 now'],
    ['a b c d e f g h a b c d e f g h end', 'a b c d e f g h end'],
    ['a b c d e f g h i a b c d e f g h i end', 'a b c d e f g h i a b c d e f g h i end'],
    ['Send send it', 'Send it'],
    ['I will send send the file', 'I will send the file'],
    ['send it , send it', 'send it'],
  ])('%j → %j', (text, out) => {
    expect(collapseRepeats(text)).toBe(out);
  });

  it('goes over the words three times at most: eight or nine in a row become one, sixteen two', () => {
    const times = (n: number) => Array.from({ length: n }, () => 'send').join(' ');
    expect(collapseRepeats(times(8))).toBe('send');
    expect(collapseRepeats(times(9))).toBe('send');
    expect(collapseRepeats(times(16))).toBe('send send');
  });
});

describe('trimDangling', () => {
  it.each<[string, string]>([
    ['send the quote to', 'send the quote'],
    ['send it to the', 'send it'],
    ['send it, and', 'send it'],
    ['send it; or:', 'send it'],
    ['send it.', 'send it'],
    ['send the data', 'send the data'],
    ['check for a to the of by', 'check for'],
    ['', ''],
  ])('%j → %j', (text, out) => {
    expect(trimDangling(text)).toBe(out);
  });
});
