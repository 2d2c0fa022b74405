// @vitest-environment happy-dom
// Draft extraction on every host fixture's own reply box, found by its adapter: the agent's words
// are kept, and each host's way of carrying quoted history and a signature in the reply is left out.
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterById } from '../hosts/registry';
import { isLookupFailure } from '../hosts/types';
import { fixtureFiles, loadFixture } from '../hosts/test-fixtures';
import { formatSummary } from '../summary';
import { readReplyDraft } from './reply-draft';

const HOSTS = ADAPTERS.map((a) => a.id);

// How each family of mail client carries history and signature inside the reply it writes.
const TAILS: Record<string, string> = {
  'gmail-style':
    '<div class="gmail_signature" data-smartmail="gmail_signature">Sam<br>I will answer within one hour.</div><div class="gmail_quote"><div class="gmail_attr">On Mon, May 13, 2024 at 9:14 AM Priya wrote:</div><blockquote class="gmail_quote">I\'ll send the forms by Friday.</blockquote></div>',
  'outlook-style':
    '<div id="Signature"><p>Sam Lee</p></div><hr><div id="divRplyFwdMsg"><b>From:</b> Priya</div><div>I\'ll send the forms by Friday.</div>',
  'plain text':
    "<p>-- </p><p>Sam, I answer within one hour</p><p>On Mon, May 13, 2024, Priya &lt;p@x.com&gt; wrote:</p><p>&gt; I'll send the forms by Friday.</p>",
};

const OWN = "We'll get back to you shortly.";

const summary = formatSummary([{ party: 'agent', action: 'send the rate card', due: null }], { timeZone: 'UTC' });

const cases = HOSTS.flatMap((host) =>
  fixtureFiles(host)
    .filter((file) => !file.startsWith('broken'))
    .map((file) => [host, file] as const),
);

describe.each(cases)('%s %s', (host, file) => {
  const doc = loadFixture(host, file);
  const adapter = adapterById(host)!;
  const url = new URL('https://example.test/');
  const found = adapter.replyEditor(doc, url);

  it.runIf(!isLookupFailure(found)).each(Object.keys(TAILS))(
    'keeps the agent’s words and leaves out %s history, signature and summary',
    (tail) => {
      const editor = found as Element;
      if (editor.tagName === 'TEXTAREA') {
        (editor as HTMLTextAreaElement).value =
          `${OWN}\n\n${summary.text}\n-- \nSam\nOn Mon, May 13, 2024, Priya wrote:\n> I'll send the forms by Friday.`;
      } else {
        editor.innerHTML = `<p>${OWN}</p>${summary.html}${TAILS[tail]}`;
      }
      expect(readReplyDraft(editor)).toBe(OWN);
    },
  );
});

it('the adapters find a reply box on most fixtures (the cases above are not vacuous)', () => {
  const withEditor = cases.filter(
    ([host, file]) => !isLookupFailure(adapterById(host)!.replyEditor(loadFixture(host, file), new URL('https://example.test/'))),
  );
  expect(withEditor.length).toBeGreaterThanOrEqual(10);
});
