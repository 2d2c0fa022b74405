// stripUnmarkedQuotes' rules one row each: every language's attribution, every footer and sign-off,
// Outlook's header in each language it is written in, and the edges (lengths, the line window, the
// rule's length). A dropped word lets someone else's earlier words be read as this message's
// promises; a loosened edge cuts the message's own words.
import { describe, expect, it } from 'vitest';
import { stripUnmarkedQuotes } from './clean-text';

const x = (n: number) => 'x'.repeat(n);

describe('quoted history, in each language', () => {
  it.each([
    ['Gmail (English)', 'On Tue, Jun 10, 2025 at 9:14 AM Noah Kim <noah@example.com> wrote:'],
    ['a trailing space', 'On Tue, Jun 10, 2025, Noah Kim wrote: '],
    ['French', 'Le mar. 10 juin 2025 à 09:14, Noah Kim <noah@example.com> a écrit :'],
    ['French, upper case', 'LE MAR. 10 JUIN 2025, NOAH KIM A ÉCRIT :'],
    ['German', 'Am Di., 10. Juni 2025 um 09:14 Uhr schrieb Noah Kim <noah@example.com>:'],
    ['Spanish', 'El mar, 10 jun 2025 a las 9:14, Noah Kim (<noah@example.com>) escribió:'],
    ['Spanish, upper case', 'EL MAR, 10 JUN 2025, NOAH KIM ESCRIBIÓ:'],
    ['Italian', 'Il giorno mar 10 giu 2025 alle ore 09:14 Noah Kim <noah@example.com> ha scritto:'],
    ['Italian, upper case', 'IL GIORNO MAR 10 GIU 2025 NOAH KIM HA SCRITTO:'],
    ['Dutch', 'Op di 10 jun. 2025 om 09:14 schreef Noah Kim <noah@example.com>:'],
    ['Outlook (English)', '-----Original Message-----'],
    ['Outlook, spaced', '----- Original Message -----'],
    ['Outlook, lower case', '-----original message-----'],
    ['Gmail forward', '---------- Forwarded message ---------'],
    ['Outlook (German)', '-----Ursprüngliche Nachricht-----'],
    ['Outlook (French)', "-----Message d'origine-----"],
    ['four characters between "On" and "wrote"', 'On Mon, wrote:'],
    ['300 characters between "On" and "wrote"', `On ${x(300)} wrote:`],
  ])('cuts at %s', (_name, attribution) => {
    expect(stripUnmarkedQuotes(`Yes, by Friday.\n${attribution}\n> Can you ship it?\nold words`)).toBe('Yes, by Friday.');
  });

  it.each([
    ['three characters between "On" and "wrote"', 'On Mon wrote:'],
    ['301 characters between "On" and "wrote"', `On ${x(301)} wrote:`],
    ['one dash on each side', '-Original Message-'],
    ['"On" inside the line', 'Notes: On Tuesday Noah wrote: fine'],
  ])('keeps %s', (_name, line) => {
    const text = `Yes, by Friday.\n${line}\nold words`;
    expect(stripUnmarkedQuotes(text)).toBe(text);
  });
});

describe('signatures, list footers, sign-offs', () => {
  it.each([
    ['-- '],
    ['--'],
    ['You received this email because you are subscribed to the Google Groups "ops" group.'],
    ['You received this message because you are subscribed to the Google Groups "ops" group.'],
    ['To unsubscribe from this group and stop receiving emails from it, send an email to ops+unsubscribe@example.org.'],
    ['To unsubscribe from this list, visit https://lists.example.org/'],
    ['To unsubscribe from this topic, visit https://groups.example.org/t/1'],
    ['Sent from my iPhone'],
    ['Sent from my iPad'],
    ['Sent from my Android'],
    ['Sent from my mobile'],
    ['Sent from my Galaxy'],
    ['Sent from my phone'],
    ['sent from my iphone'],
    ['Get Outlook for iOS'],
    ['Get Outlook for Android'],
    ['  Sent from my iPhone  '],
  ])('cuts at %j', (footer) => {
    expect(stripUnmarkedQuotes(`I'll send the list by Tuesday.\n${footer}\nPat Doe`)).toBe("I'll send the list by Tuesday.");
  });

  it.each([
    'Sent from my phonebook: the numbers you asked for.',
    'Please Get Outlook for iOS before Monday.',
    'We may -- if needed -- push it.',
    '--- fine',
    'Prices > 10 are fine.',
  ])('keeps %j', (line) => {
    const text = `Noted.\n${line}\nThanks.`;
    expect(stripUnmarkedQuotes(text)).toBe(text);
  });
});

describe("Outlook's reply header written as plain lines", () => {
  it.each([
    ['English', 'From: Hannah Weiss <h@example.com>\nSent: Monday, 3 November 2025 10:02'],
    ['English, "Date:"', 'From: Hannah Weiss <h@example.com>\nDate: Mon, 3 Nov 2025 10:02'],
    ['French', 'De : Hannah Weiss\nEnvoyé : lundi 3 novembre 2025 10:02'],
    ['German', 'Von: Hannah Weiss\nGesendet: Montag, 3. November 2025 10:02'],
    ['Dutch', 'Van: Hannah Weiss\nVerzonden: maandag 3 november 2025 10:02'],
    ['Italian', 'Da: Hannah Weiss\nInviato: lunedì 3 novembre 2025 10:02'],
    ['Spanish', 'De: Hannah Weiss\nEnviado: lunes, 3 de noviembre de 2025 10:02'],
    ['the date three lines down', 'From: Hannah Weiss\nTo: Lukas\nCc: Ops\nSent: Monday, 3 November 2025 10:02'],
    ['indented', '   From: Hannah Weiss\n   Sent: Monday, 3 November 2025 10:02'],
  ])('cuts at the header (%s)', (_name, header) => {
    expect(stripUnmarkedQuotes(`Confirmed for Friday.\n${header}\nSubject: Pallets\nold words`)).toBe('Confirmed for Friday.');
  });

  it.each([
    ['the date four lines down', 'From: Hannah Weiss\nTo: Lukas\nCc: Ops\nBcc: Archive\nSent: Monday'],
    ['"From:" with no one after it', 'From:\nSent: Monday'],
    ['"Sent:" with no date after it', 'From: Hannah\nSent:'],
    ['"From:" inside a line', 'Parcel From: Hannah\nSent: Monday'],
  ])('keeps %s', (_name, lines) => {
    const text = `Confirmed for Friday.\n${lines}\nThanks.`;
    expect(stripUnmarkedQuotes(text)).toBe(text);
  });
});

describe('an attribution wrapped over two lines', () => {
  it.each([
    ['English', 'On Tue, Jun 10, 2025 at 9:14 AM Noah Kim\n<noah@example.com> wrote:'],
    ['"wrote" without a colon', 'On Tue, Jun 10, 2025, Noah Kim <noah@example.com>\nwrote'],
    ['French', 'Le mar. 10 juin 2025 à 09:14, Noah Kim <noah@example.com>\na écrit :'],
    ['Spanish', 'El mar, 10 jun 2025 a las 9:14, Noah Kim (<noah@example.com>)\nescribió:'],
    ['German', 'Am Di., 10. Juni 2025, Noah Kim <noah@example.com>\nschrieb:'],
    ['German, upper case', 'Am Di., 10. Juni 2025, Noah Kim <noah@example.com>\nSCHRIEB:'],
    ['120 characters before the verb', `On Tue, Jun 10, 2025\n${x(119)} wrote:`],
    ['a first line of 300 characters', `On ${x(297)}\nwrote:`],
  ])('cuts at it (%s)', (_name, attribution) => {
    expect(stripUnmarkedQuotes(`Thanks, will do.\n${attribution}\nold words`)).toBe('Thanks, will do.');
  });

  it.each([
    ['a sentence, then "wrote:"', 'On Monday we shipped it.\nHere is what I wrote:'],
    ['a question, then "wrote:"', 'On Monday, who shipped it?\nSee what I wrote:'],
    ['an exclamation, then "wrote:"', 'On Monday we shipped it!\nLook at what I wrote:'],
    ['121 characters before the verb', `On Tue, Jun 10, 2025\n${x(120)} wrote:`],
    ['a first line of 301 characters', `On ${x(298)}\nwrote:`],
    ['another first word', 'So, on Tue, Jun 10, Noah Kim\nwrote:'],
  ])('keeps %s', (_name, lines) => {
    const text = `Thanks, will do.\n${lines}\nold words`;
    expect(stripUnmarkedQuotes(text)).toBe(text);
  });
});

describe('a rule line above a list footer or a header', () => {
  it.each([
    ['ten underscores, a list', `${'_'.repeat(10)}\nUsers mailing list`],
    ['ten dashes, a header', `${'-'.repeat(10)}\nFrom: Hannah`],
    ['ten equal signs, a header', `${'='.repeat(10)}\nVon: Hannah`],
    ['a French header', `${'_'.repeat(32)}\nDe : Hannah`],
    ['a header in capitals', `${'_'.repeat(32)}\nFROM: Hannah`],
    ['an indented rule', `   ${'_'.repeat(32)}   \nOps-team mailing list`],
    ['blank lines between', `${'_'.repeat(32)}\n\n\nUsers mailing list`],
  ])('cuts at %s', (_name, footer) => {
    expect(stripUnmarkedQuotes(`See you Thursday.\n${footer}\nusers@example.org`)).toBe('See you Thursday.');
  });

  it.each([
    ['nine underscores', `${'_'.repeat(9)}\nUsers mailing list`],
    ['nine dashes', `${'-'.repeat(9)}\nFrom: Hannah`],
    ['a table total under the rule', `${'_'.repeat(32)}\n42 pallets`],
    ['"from:" inside the next line', `${'_'.repeat(32)}\nQuote from: the manual`],
    ['a rule of mixed signs', `${'_'.repeat(5)}${'-'.repeat(5)}\nUsers mailing list`],
  ])('keeps %s', (_name, lines) => {
    const text = `See you Thursday.\n${lines}\nusers@example.org`;
    expect(stripUnmarkedQuotes(text)).toBe(text);
  });
});

describe('what is kept', () => {
  it("a rule with the list's name four lines down: kept (blank runs cut to one empty line)", () => {
    const rule = '_'.repeat(32);
    expect(stripUnmarkedQuotes(`See you Thursday.\n${rule}\n\n\n\nUsers mailing list`)).toBe(
      `See you Thursday.\n${rule}\n\nUsers mailing list`,
    );
  });

  it('the lines as written (indentation kept), "> " lines dropped, blank runs cut to one empty line', () => {
    expect(stripUnmarkedQuotes('  Yes.\n  - item one\n> quoted\n>quoted too\n\n\n\nSee you.\n\n')).toBe('Yes.\n  - item one\n\nSee you.');
    expect(stripUnmarkedQuotes('Yes.\n\n\nSee you.')).toBe('Yes.\n\nSee you.');
    expect(stripUnmarkedQuotes('Yes.\n\nSee you.')).toBe('Yes.\n\nSee you.');
    expect(stripUnmarkedQuotes('')).toBe('');
  });
});

// Each rule stands where it is written: at the start of its line, and (for the attribution lines)
// as the whole line. A rule loosened either way cuts a message whose own words merely quote one.
describe('where each rule must stand', () => {
  it.each([
    ['"On … wrote:" after other words', 'Our notes say: On Tuesday Noah wrote:'],
    ['"On … wrote:" with words after it', 'On Tuesday Noah wrote: the pallets are fine'],
    ['"Le … a écrit :" after other words', 'Voir la note. Le mardi Noah a écrit :'],
    ['"Le … a écrit :" with words after it', 'Le mardi Noah a écrit : tout va bien'],
    ['"Am … schrieb" after other words', 'Siehe unten. Am Montag schrieb Noah:'],
    ['"Am … schrieb" with over 200 characters after it', `Am Montag schrieb ${x(201)}`],
    ['"El … escribió:" after other words', 'Ver abajo. El lunes Noah escribió:'],
    ['"El … escribió:" with words after it', 'El lunes Noah escribió: todo bien'],
    ['"Il giorno … ha scritto:" after other words', 'Vedi sotto. Il giorno lunedì Noah ha scritto:'],
    ['"Il giorno … ha scritto:" with words after it', 'Il giorno lunedì Noah ha scritto: va bene'],
    ['"Op … schreef" after other words', 'Zie hieronder. Op maandag schreef Noah:'],
    ['"Op … schreef" with over 200 characters after it', `Op maandag schreef ${x(201)}`],
    ['"-----Original Message-----" after other words', 'See below -----Original Message-----'],
    ['"-----Original Message-----" with words after it', '-----Original Message----- is what Outlook adds'],
    ['the Google Groups words inside a sentence', 'FYI you received this email because you are subscribed to updates.'],
    ['the unsubscribe words inside a sentence', 'Please tell me how to unsubscribe from this list by Friday.'],
    ['"sent from my iPhone" inside a sentence', 'The photos were sent from my iPhone last night.'],
    ['"From:" with a date word later in a line', 'From: our Lagos warehouse\nExpected delivery Date: Friday'],
    ['"From:" below a "Date:" line (the header reads down, not up)', 'Date: 12 May\nFrom: Lagos\nTo: Accra'],
    ['"On" inside a line, then a line ending in "wrote"', 'Thanks for the summary you sent On Monday,\nthe one Dana wrote'],
    ['"On …" then "wrote:" with words after it', 'On Tuesday, Dana Reyes\nwrote: the parts are in stock'],
    ['a rule after other words, then "From:"', `Name: ${'_'.repeat(14)}\nFrom: Accounts team`],
    ['a rule with words after it, then a list', `${'_'.repeat(14)} Notes\nUsers mailing list`],
  ])('keeps %s', (_name, lines) => {
    const text = `Confirmed for Friday.\n${lines}\nThanks.`;
    expect(stripUnmarkedQuotes(text)).toBe(text);
  });

  it.each([
    ['"a écrit:" without the space before the colon', 'Le mar. 10 juin 2025, Noah Kim a écrit:'],
    ['an indented wrapped attribution', '  On Tue, Jun 10, 2025, Noah Kim <noah@example.com>\n  wrote:'],
    ['a wrapped attribution whose verb line ends in spaces', 'On Tue, Jun 10, 2025, Noah Kim <noah@example.com>\nwrote:   '],
    ['a rule, a line of spaces, the list footer', `${'_'.repeat(32)}\n   \nUsers mailing list`],
  ])('cuts at %s', (_name, lines) => {
    expect(stripUnmarkedQuotes(`Confirmed for Friday.\n${lines}\nold words`)).toBe('Confirmed for Friday.');
  });
});
