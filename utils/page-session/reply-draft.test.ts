// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../summary';
import { DEFAULT_SUMMARY_TEMPLATES } from '../summary/types';
import { ownDraftText, readReplyDraft, visibleText } from './reply-draft';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('ownDraftText', () => {
  it('keeps the new words and drops "On … wrote:" and everything below', () => {
    const text =
      "Hi Priya,\nI'll send the invoice by Thursday.\n\nOn Mon, May 13, 2024 at 9:14 AM Priya <p@x.com> wrote:\n> We'll pay once we have it.\nI'll call you tomorrow";
    expect(ownDraftText(text)).toBe("Hi Priya,\nI'll send the invoice by Thursday.");
  });

  it('drops a reply header the editor wrapped over two lines', () => {
    const text = 'We will fix it.\nOn Tue, Nov 24, 2026 at 10:02 Dana Reyes <dana@acme.com>\nwrote:\nI promise to refund you by Friday.';
    expect(ownDraftText(text)).toBe('We will fix it.');
  });

  it('drops an Outlook-style original message and "From:" header', () => {
    expect(ownDraftText('Sure, done.\n-----Original Message-----\nI will pay today')).toBe('Sure, done.');
    expect(ownDraftText('Sure, done.\n________________\nFrom: Lee <l@x.org>\nSent: Monday')).toBe('Sure, done.');
  });

  it('drops "> " quoted lines anywhere', () => {
    expect(ownDraftText("> you'll send it Friday\nThanks, noted.")).toBe('Thanks, noted.');
  });

  it('drops the signature from the "-- " delimiter on', () => {
    const text = "We'll get back to you shortly.\n-- \nSam Lee\nI'll answer within 24 hours, always.";
    expect(ownDraftText(text)).toBe("We'll get back to you shortly.");
  });

  it('leaves out an inserted summary (default templates) and keeps the words around it', () => {
    const summary = formatSummary(
      [{ party: 'agent', action: 'send the rate card', due: { text: 'Friday', at: '2026-12-04T17:00:00Z', precision: 'day' } }],
      { timeZone: 'UTC', now: new Date('2026-11-30T10:00:00Z') },
    ).text;
    const text = `Hello Priya,\n\n${summary}\n\nI'll also check the logs by Wednesday.`;
    const out = ownDraftText(text);
    expect(out).toContain("I'll also check the logs by Wednesday.");
    expect(out).toContain('Hello Priya,');
    expect(out).not.toContain('rate card');
    expect(out).not.toContain(DEFAULT_SUMMARY_TEMPLATES.lead);
    expect(out).not.toContain(DEFAULT_SUMMARY_TEMPLATES.probe);
  });

  it("recognises a summary written with the agent's own templates and placeholders", () => {
    const templates = {
      ...DEFAULT_SUMMARY_TEMPLATES,
      lead: 'Recap for {customerFirstName}:',
      headings: { ...DEFAULT_SUMMARY_TEMPLATES.headings, agent: 'My part:' },
    };
    const text =
      "Recap for Priya:\n\nMy part:\n- I'll ship the part by Monday\n\nIs that right? Is there anything that might get in the way of these dates?\nWe'll get back to you soon.";
    expect(ownDraftText(text, { summaryTemplates: templates, names: { customerName: 'Priya Natarajan' } })).toBe(
      "We'll get back to you soon.",
    );
  });

  it("leaves out the agent's signature lines (the summary may end with them)", () => {
    expect(ownDraftText("I'll call you at 3.\nSam Lee\nAcme Support", { signature: 'Sam Lee\nAcme Support' })).toBe("I'll call you at 3.");
  });

  it('keeps a line that only resembles a summary line', () => {
    expect(ownDraftText('Is that right? I thought so.')).toBe('Is that right? I thought so.');
  });
});

describe('readReplyDraft on editor markup', () => {
  it('Gmail: leaves out .gmail_quote and .gmail_signature blocks, keeps lines', () => {
    const el = editor(
      "<div>Hi,</div><div>I'll send the invoice by Thursday.</div><div><br></div>" +
        '<div class="gmail_signature" data-smartmail="gmail_signature">Sam | Acme<br>We reply within 2 hours</div>' +
        '<div class="gmail_quote"><div class="gmail_attr">On Mon … wrote:</div><blockquote class="gmail_quote">I will pay by Friday</blockquote></div>',
    );
    expect(readReplyDraft(el)).toBe("Hi,\nI'll send the invoice by Thursday.");
  });

  it('Outlook: everything from #divRplyFwdMsg on is history', () => {
    const el = editor(
      '<div>We\'ll get back to you shortly.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Lee</div><div>I will refund you today</div>',
    );
    expect(readReplyDraft(el)).toBe("We'll get back to you shortly.");
  });

  it('a plain blockquote (Thunderbird, CKEditor) and a signature class are left out', () => {
    const el = editor(
      '<p>Please call us back if it happens again.</p><blockquote type="cite"><p>I\'ll send logs Monday</p></blockquote><p class="moz-signature">Sam</p>',
    );
    expect(readReplyDraft(el)).toBe('Please call us back if it happens again.');
  });

  it('an HTML summary inserted into a rich editor is left out', () => {
    const summary = formatSummary([{ party: 'customer', action: 'send the volumes', due: null }], { timeZone: 'UTC' });
    const el = editor(`<p>Thanks!</p>${summary.html}<p>I'll confirm the price by tomorrow.</p>`);
    expect(readReplyDraft(el)).toBe("Thanks!\nI'll confirm the price by tomorrow.");
  });

  it('reads a textarea by its value and never changes the editor', () => {
    const area = document.createElement('textarea');
    area.value = "I'll check tomorrow.\n\nOn Mon, Jan 1, 2024, Ann wrote:\n> hi";
    expect(readReplyDraft(area)).toBe("I'll check tomorrow.");
    const el = editor('<div>One <b>two</b></div><blockquote>three</blockquote>');
    const before = el.innerHTML;
    visibleText(el);
    readReplyDraft(el);
    expect(el.innerHTML).toBe(before);
  });
});
