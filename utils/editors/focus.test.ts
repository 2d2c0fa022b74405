// @vitest-environment happy-dom
// focus.ts: a click on the panel's buttons must not take focus (and the caret) from the reply editor.
import { afterEach, describe, expect, it } from 'vitest';
import { keepFocus, preventFocusSteal } from './focus';

afterEach(() => {
  document.body.innerHTML = '';
});

function mousedown(el: HTMLElement): MouseEvent {
  const event = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
  el.dispatchEvent(event);
  return event;
}

describe('keepFocus', () => {
  it("cancels the button's mousedown, which would move focus", () => {
    let prevented = 0;
    keepFocus.onMouseDown({ preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
  });
});

describe('preventFocusSteal', () => {
  it('cancels every mousedown on the element, and only there', () => {
    document.body.innerHTML = '<button id="b">Insert</button><p id="p">x</p>';
    preventFocusSteal(document.getElementById('b')!);
    expect(mousedown(document.getElementById('b')!).defaultPrevented).toBe(true);
    expect(mousedown(document.getElementById('b')!).defaultPrevented).toBe(true);
    expect(mousedown(document.getElementById('p')!).defaultPrevented).toBe(false);
  });

  it('until its signal aborts', () => {
    document.body.innerHTML = '<button id="b">Insert</button>';
    const button = document.getElementById('b')!;
    const controller = new AbortController();
    preventFocusSteal(button, controller.signal);
    expect(mousedown(button).defaultPrevented).toBe(true);
    controller.abort();
    expect(mousedown(button).defaultPrevented).toBe(false);
  });
});
