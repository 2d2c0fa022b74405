// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasBidiControls, neutraliseBidi, PAGE_LIMITS, pageField, cleanConversationFields } from './page-text';
import { extractText } from './query';
import { createVisibilityReader, hidesOwnText, hidesSubtree, parseColor, sameColour } from './visible-text';
import { vi } from 'vitest';

function mount(html: string): HTMLElement {
  document.body.innerHTML = `<div id="m">${html}</div>`;
  return document.getElementById('m')!;
}

describe('text hidden by CSS is not read', () => {
  it.each([
    ['a class with display:none', '<style>.x{display:none}</style><p class="x">SECRET</p>'],
    ['font-size:0', '<p style="font-size:0">SECRET</p>'],
    ['white on white', '<p style="color:#fff;background-color:#fff">SECRET</p>'],
    ['transparent text', '<p style="color:transparent">SECRET</p>'],
    ['visibility:hidden', '<p style="visibility:hidden">SECRET</p>'],
    ['opacity:0', '<p style="opacity:0">SECRET</p>'],
  ])('%s', (_name, html) => {
    const text = extractText(mount(`<p>I'll send it by Friday.</p>${html}`));
    expect(text).toContain("I'll send it by Friday.");
    expect(text).not.toContain('SECRET');
  });

  it('reads a child that undoes an inherited hiding (visibility, font size)', () => {
    const text = extractText(
      mount(
        '<div style="font-size:0"><span style="font-size:14px">shown</span></div><div style="visibility:hidden"><span style="visibility:visible">too</span></div>',
      ),
    );
    expect(text).toContain('shown');
    expect(text).toContain('too');
  });

  it('asks each element the right question', () => {
    const m = mount('<p id="a" style="display:none">x</p><p id="b" style="font-size:0">y</p>');
    expect(hidesSubtree(document.getElementById('a')!)).toBe(true);
    expect(hidesOwnText(document.getElementById('b')!)).toBe(true);
    expect(hidesSubtree(m)).toBe(false);
  });

  it('one reader over several messages answers each on its own (shared ancestors, different backgrounds)', () => {
    mount(
      '<div style="background-color:#000"><div id="m1"><p style="color:#fff">shown on black</p></div></div>' +
        '<div style="background-color:#fff"><div id="m2"><p style="color:#fff">SECRET on white</p><p>shown on white</p></div></div>' +
        '<div id="m3" style="color:#fff"><span style="background-color:#fff">SECRET too</span><span>shown on the page</span></div>',
    );
    const reader = createVisibilityReader();
    const read = (id: string) => extractText(document.getElementById(id)!, [], reader);
    expect(read('m1')).toBe('shown on black');
    expect(read('m2')).toBe('shown on white');
    expect(read('m3')).not.toContain('SECRET');
    // Asked again with the same reader, the same answers.
    expect(read('m1')).toBe('shown on black');
  });

  it("one reader looks at each element's style once in a read", () => {
    const m = mount(`<div style="background-color:#fff">${'<p>one <b>two</b> <i>three</i></p>'.repeat(20)}</div>`);
    const spy = vi.spyOn(window, 'getComputedStyle');
    extractText(m, [], createVisibilityReader());
    const elements = m.querySelectorAll('*').length + 1;
    // Each element at most once, plus its ancestors up to <html> once for the colour behind.
    expect(spy.mock.calls.length).toBeLessThanOrEqual(elements + 3);
    const seen = new Set(spy.mock.calls.map((c) => c[0]));
    expect(seen.size).toBe(spy.mock.calls.length);
  });

  it('parses computed colours', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual([255, 255, 255, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseColor('#fff')).toEqual([255, 255, 255, 1]);
    expect(parseColor('#102030')).toEqual([16, 32, 48, 1]);
    expect(parseColor('color(srgb 1 1 1)')).toBeNull();
    expect(sameColour([250, 250, 250, 1], [255, 255, 255, 1])).toBe(true);
    expect(sameColour([200, 200, 200, 1], [255, 255, 255, 1])).toBe(false);
  });
});

describe('page text: bidi controls and lengths', () => {
  it('removes every embedding, override and isolate', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(neutraliseBidi(`pay the ${all}eciovni`)).toBe('pay the eciovni');
    expect(hasBidiControls(all)).toBe(true);
    // Marks that do not reorder (LRM, RLM) and ordinary right-to-left text stay.
    expect(neutraliseBidi('\u200Eשלום\u200F')).toBe('\u200Eשלום\u200F');
  });

  it('bounds page fields, never cutting a surrogate pair', () => {
    expect(pageField('x'.repeat(PAGE_LIMITS.subject + 10), PAGE_LIMITS.subject)).toHaveLength(PAGE_LIMITS.subject);
    expect(pageField(`${'x'.repeat(4)}😀`, 5)).toBe('xxxx');
    const huge = cleanConversationFields({ key: 'k', subject: 's'.repeat(20_000_000), customerName: `\u202E${'n'.repeat(1000)}` });
    expect(huge.subject).toHaveLength(PAGE_LIMITS.subject);
    expect(huge.customerName).toHaveLength(PAGE_LIMITS.customerName);
    expect(huge.customerName!.startsWith('n')).toBe(true);
  });
});
