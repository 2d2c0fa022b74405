// A message is cut into the sentences its author wrote now: quoted history (each header form), "> "
// lines and the signature (each closing word) are dropped; abbreviations (each one) do not end a
// sentence. Rows one per word, with the near misses that must stay text.
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const OWN = "I'll send the quote Friday.";
const OLD = "I'll call you Monday.";

describe('quoted history ends the own text', () => {
  it.each([
    'On Mon, Nov 23, 2026 at 10:00 AM Maria <maria@example.com> wrote:',
    'On Monday Maria wrote:',
    'on monday maria WROTE:',
    '-----Original Message-----',
    '-- Forwarded Message --',
    '--Original Message--',
    '---------- Forwarded message ---------',
    'From: Maria <maria@example.com>',
    'From: support',
    '-----Original  Message-----',
    'Begin forwarded message:',
    '_____',
    '________________________________',
    '   On Monday Maria wrote:   ',
  ])('%s', (header) => {
    expect(splitSentences(`${OWN}\n${header}\n${OLD}`)).toEqual([OWN]);
  });

  it.each([
    'On Monday Maria wrote: the quote is fine.',
    'Please read what Maria wrote:',
    '-Original Message-',
    '--Original Message-',
    '-- Original --',
    '____',
    'From:',
    'I heard From: nobody.',
    'Begin forwarded message',
    '-----Original Message-----end',
    '_____notes',
  ])('not a header, kept: %s', (line) => {
    expect(splitSentences(`${OWN}\n${line}\n${OLD}`)).toEqual([OWN, line, OLD]);
  });

  it('the header names someone in at most 200 characters', () => {
    const at = (n: number) => `On ${'x'.repeat(n)} wrote:`;
    expect(splitSentences(`${OWN}\n${at(200)}\n${OLD}`)).toEqual([OWN]);
    expect(splitSentences(`${OWN}\n${at(1)}\n${OLD}`)).toEqual([OWN]);
    expect(splitSentences(`${OWN}\n${at(201)}\n${OLD}`)).toEqual([OWN, at(201), OLD]);
  });

  it('"> " lines are skipped, and the lines after them kept', () => {
    expect(splitSentences(`> ${OLD}\n${OWN}`)).toEqual([OWN]);
    expect(splitSentences(`${OWN}\n>${OLD}\n> more\nThanks again for waiting.`)).toEqual([OWN, 'Thanks again for waiting.']);
    expect(splitSentences('Use a > b here.')).toEqual(['Use a > b here.']);
  });
});

describe('the signature ends the own text', () => {
  it.each([
    '--',
    '-- ',
    '\u2014',
    '\u2014 ',
    'Regards,',
    'regards',
    'Best regards,',
    'Kind regards',
    'Warm regards,',
    'Best,',
    'best',
    'Best wishes,',
    'Thanks,',
    'thanks',
    'Thanks again,',
    'Thank you,',
    'thank you',
    'Many thanks,',
    'Cheers,',
    'Sincerely,',
    'Yours,',
    'Yours truly,',
    'Yours sincerely,',
    'Sent from my iPhone',
    'Sent from my Galaxy phone',
    'KIND REGARDS,',
    'Best  wishes',
    'Thanks  again',
    'Thank  you',
    'Many  thanks',
    'Many thanks',
    'Cheers',
    'Sincerely',
    'Yours  truly',
    'Yours sincerely',
    'Sent  from  my  phone',
  ])('%j', (closing) => {
    expect(splitSentences(`${OWN}\n${closing}\nMaria Lopez\nAcme Support\n+1 555 0100`)).toEqual([OWN]);
  });

  it.each(['Thanks, I will call you Monday.', 'Regards to your team.', 'Best of luck.', 'Cheers for that.', 'Sent it yesterday.'])(
    'a closing word in a longer line is text: %s',
    (line) => {
      expect(splitSentences(`${OWN}\n${line}\nMaria`)).toEqual([OWN, line, 'Maria']);
    },
  );

  it.each(['--note', '—note', '-- note'])('a dash line with words is text: %j', (line) => {
    expect(splitSentences(`${OWN}\n${line}\nMaria`)).toEqual([OWN, line, 'Maria']);
  });

  it('only the lines after the closing line count, not the ones before it', () => {
    const long = `We will ship the replacement parts on Friday morning${'.'.repeat(20)}`;
    expect(long.length).toBeGreaterThanOrEqual(60);
    expect(splitSentences(`${long}\nThanks,\nMaria`)).toEqual([long]);
  });

  it('a tail line is measured without its indentation', () => {
    const indented = `        ${'z'.repeat(58)}`;
    expect(splitSentences(`${OWN}\nThanks,\n${indented}`)).toEqual([OWN]);
  });

  it('a closing word on the first line is a greeting, not a signature', () => {
    expect(splitSentences(`Thanks,\n${OWN}`)).toEqual(['Thanks,', OWN]);
  });

  it('a closing line followed by a long line (60 characters or more) is not the signature', () => {
    const long = `I will also ${'x'.repeat(60 - 'I will also '.length)}`;
    expect(long).toHaveLength(60);
    expect(splitSentences(`${OWN}\nThanks,\n${long}`)).toEqual([OWN, 'Thanks,', long]);
    const short = long.slice(1);
    expect(splitSentences(`${OWN}\nThanks,\n${short}`)).toEqual([OWN]);
  });

  it('only the seven lines after the closing line count', () => {
    const long = 'y'.repeat(80);
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    // the long line is the 7th after "Thanks,": it counts
    expect(splitSentences([OWN, 'Thanks,', ...six, long].join('\n'))).toEqual([OWN, 'Thanks,', ...six, long]);
    // the 8th: it does not, and the signature starts at "Thanks,"
    expect(splitSentences([OWN, 'Thanks,', ...six, 'g', long].join('\n'))).toEqual([OWN]);
    // blank lines are not counted as lines of the tail, but still take a place among the seven
    expect(splitSentences([OWN, 'Thanks,', '', '', long].join('\n'))).toEqual([OWN, 'Thanks,', long]);
  });
});

describe('sentence ends', () => {
  it.each([
    ['Done. Next one.', ['Done.', 'Next one.']],
    ['Done! Next one.', ['Done!', 'Next one.']],
    ['Done? Next one.', ['Done?', 'Next one.']],
    ['Done.  Next one.', ['Done.', 'Next one.']],
    ['He said "done." Next one.', ['He said "done."', 'Next one.']],
    ["He said 'done.' Next one.", ["He said 'done.'", 'Next one.']],
    ['It is (done.) Next one.', ['It is (done.)', 'Next one.']],
    ['It is [done.] Next one.', ['It is [done.]', 'Next one.']],
    ['Done. 3 items left.', ['Done.', '3 items left.']],
    ['Done. @maria will call.', ['Done.', '@maria will call.']],
    ['Done. #123 is fixed.', ['Done.', '#123 is fixed.']],
    ['Done. "Next" is fine.', ['Done.', '"Next" is fine.']],
    ["Done. 'Next' is fine.", ['Done.', "'Next' is fine."]],
    ['Done. (Next) is fine.', ['Done.', '(Next) is fine.']],
    ['Done. [Next] is fine.', ['Done.', '[Next] is fine.']],
    ['Done. next one.', ['Done. next one.']],
    ['Done.Next one.', ['Done.Next one.']],
    ['Done, Next one.', ['Done, Next one.']],
    ['Version 2.5 Beta is out.', ['Version 2.5 Beta is out.']],
  ])('%j', (text, out) => {
    expect(splitSentences(text)).toEqual(out);
  });

  it.each([
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'sr',
    'jr',
    'st',
    'vs',
    'etc',
    'e.g',
    'i.e',
    'approx',
    'no',
    'inc',
    'ltd',
    'co',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'a.m',
    'p.m',
    'u.s',
    'u.k',
    'Dr',
    'ETC',
  ])('"%s." does not end the sentence', (abbr) => {
    const text = `Ask about it ${abbr}. Smith will call.`;
    expect(splitSentences(text)).toEqual([text]);
  });

  it('an abbreviation only counts as a word of its own, at the end of the sentence so far', () => {
    expect(splitSentences('Ask Fedr. Smith will call.')).toEqual(['Ask Fedr.', 'Smith will call.']);
    expect(splitSentences('Ask Mr. Smith today. We will ship Monday.')).toEqual(['Ask Mr. Smith today.', 'We will ship Monday.']);
    expect(splitSentences('Call Dr.')).toEqual(['Call Dr.']);
    expect(splitSentences('  Call Dr.   ')).toEqual(['Call Dr.']);
  });

  it('each line, bullet and paragraph is its own sentence', () => {
    expect(splitSentences('Items:\n- send it\n* call back\n• check\nend')).toEqual([
      'Items:',
      '- send it',
      '* call back',
      '• check',
      'end',
    ]);
    expect(splitSentences('First part\n\n\nSecond part')).toEqual(['First part', 'Second part']);
    expect(splitSentences('First part\r\nSecond part')).toEqual(['First part', 'Second part']);
  });

  it('sentences are trimmed and blank ones dropped', () => {
    expect(splitSentences('   Hello there.   \n   \n\t')).toEqual(['Hello there.']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('\n\n')).toEqual([]);
  });

  it('markup is read as text first: a <br> ends a line', () => {
    expect(splitSentences(`${OWN}<br>On Monday Maria wrote:<br>${OLD}`)).toEqual([OWN]);
  });

  it('a message is read up to its limit (20,000 characters)', () => {
    const filler = `${'a'.repeat(19980)}.`;
    expect(splitSentences(`${filler} We will call you.`)).toEqual([filler, 'We will call you.']);
    expect(splitSentences(`${filler} ${'B'.repeat(30)} We will call you.`)).toEqual([filler, 'B'.repeat(18)]);
  });
});
