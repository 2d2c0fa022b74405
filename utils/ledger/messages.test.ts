// The ledger names what went wrong as data; the page puts it in the catalog's words. These tests pin
// the mapping (every sentence and action has its message), the order of the values, the trip over
// extension messaging, and the fallback for an error without words.
import { deserializeError, serializeError } from '@aklinker1/zero-serialize-error';
import { describe, expect, it } from 'vitest';
import { en } from '../../tests/support/catalog';
import { describeError } from '../errors';
import type { Translate } from '../i18n-keys';
import { ledgerError, LedgerError, toLedgerError } from './errors';
import { LEDGER_ACTION_KEYS, LEDGER_MESSAGE_KEYS, ledgerErrorText } from './messages';
import { harness, newCommitment, said } from './test-helpers';

/** A Translate that shows which key and values were asked for, so no English can hide in the code. */
const keysOnly: Translate = (key, ...subs) => `${key}(${subs.join('|')})`;

describe('ledgerErrorText', () => {
  it('reads the sentence, then the action, then the values, each from the catalog', () => {
    const error = ledgerError('not-found', { message: 'notFound', action: 'completeCommitment', params: ['c-9'] });
    expect(ledgerErrorText(error, keysOnly)).toBe('ledgerErrorNotFound(ledgerActionCompleteCommitment()|c-9)');
    expect(ledgerErrorText(error, en)).toBe('Could not complete the commitment: no commitment with id c-9.');
  });

  it('a sentence without an action gets its values as $1, $2', () => {
    const error = ledgerError('unsupported-version', { message: 'newerFile', params: ['9', '2'] });
    expect(ledgerErrorText(error, en)).toBe(
      'This file was exported by a newer version of Commitment Keeper (format version 9; this one reads up to 2). Update the extension to import it; nothing was imported.',
    );
  });

  it('keeps the code stable and writes the same data into the log message', () => {
    const error = toLedgerError(new DOMException('full', 'QuotaExceededError'), 'snoozeReminder');
    expect(error).toMatchObject({ code: 'quota', words: { message: 'quota', action: 'snoozeReminder' } });
    expect(error.message).toBe('quota [snoozeReminder]');
    expect(said(error)).toMatch(/^Could not snooze the reminder: the browser's storage for Commitment Keeper is full\./);
  });

  it('every sentence and every action is a message of the English catalog', () => {
    const keys = [...Object.values(LEDGER_MESSAGE_KEYS), ...Object.values(LEDGER_ACTION_KEYS)];
    expect(keys.filter((key) => en(key) === key)).toEqual([]);
    // A sentence that takes the action starts with it; none leaves a placeholder unfilled.
    for (const key of Object.values(LEDGER_MESSAGE_KEYS)) expect(en(key, 'ACTION', 'V2', 'V3'), key).not.toMatch(/\$\d/);
  });

  it('survives the trip over extension messaging (the words are plain data)', () => {
    const original = ledgerError('stale', { message: 'stale', action: 'rescheduleCommitment' }, { current: { id: 'c1' } });
    const back = deserializeError(JSON.parse(JSON.stringify(serializeError(original))));
    expect(back).not.toBeInstanceOf(LedgerError);
    expect(ledgerErrorText(back as Error, en)).toMatch(/^Could not reschedule the commitment: it was changed elsewhere/);
  });

  it('an error without words, or with words this version does not know, keeps its own message', () => {
    expect(ledgerErrorText(new LedgerError('quota', 'Disk full (old worker)'), en)).toBe('Disk full (old worker)');
    const fromNewer = Object.assign(new LedgerError('unknown', 'something new'), { words: { message: 'notASentence', params: ['x'] } });
    expect(ledgerErrorText(fromNewer, keysOnly)).toBe('something new');
    // An action this version does not know is left out, the sentence still read.
    const oddAction = Object.assign(new LedgerError('not-found', 'x'), { words: { message: 'notFound', action: 'fly', params: ['c1'] } });
    expect(ledgerErrorText(oddAction, keysOnly)).toBe('ledgerErrorNotFound(c1)');
  });

  it('describeError, which every page uses, gives a ledger failure in the catalog words', () => {
    const error = ledgerError('invalid-input', { message: 'unknownTimeZone', params: ['"Mars/Olympus"'] });
    expect(describeError(error, keysOnly)).toBe('ledgerErrorUnknownTimeZone("Mars/Olympus")');
    // The default Translate is browser.i18n (the unit tests' fake answers from the English catalog).
    expect(describeError(error)).toBe('Unknown time zone "Mars/Olympus".');
    expect(describeError(new Error('plain'))).toBe('plain');
  });
});

describe('what the ledger says when it refuses a call', () => {
  it('a change to a commitment that is not there', async () => {
    const { ledger } = harness();
    const error = await ledger.complete('nope').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not-found' });
    expect(said(error)).toBe('Could not complete the commitment: no commitment with id nope.');
  });

  it('a change based on an older revision', async () => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the invoice'));
    await ledger.updateCommitment(c.id, { text: 'send the corrected invoice' });
    const error = await ledger.updateCommitment(c.id, { text: 'mine' }, { baseRevision: c.revision }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'stale' });
    expect(said(error)).toBe(
      'Could not update the commitment: it was changed elsewhere (another tab or window) since you opened it. Nothing was saved; the newer version is shown.',
    );
  });

  it('a bad input names the action and the problems', async () => {
    const { ledger } = harness();
    const error = await ledger.cancel('x', 42 as unknown as string).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-input', problems: ['reason: expected string'] });
    expect(said(error)).toBe('Could not cancel the commitment: reason: expected string');
  });
});
