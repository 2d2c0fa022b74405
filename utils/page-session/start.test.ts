// @vitest-environment happy-dom
// The page session's first question to the background (page:config): the panel is mounted only once
// it is answered, so a lost reply (the idle worker stopping or starting as the page loads) is asked again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageConfig } from '../messaging/protocol';

const background = vi.hoisted(() => ({ answers: [] as Array<Error | PageConfig>, asked: 0 }));
vi.mock('../messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../messaging/protocol')>()),
  sendMessage: async (type: string) => {
    if (type !== 'page:config') return undefined;
    background.asked++;
    const answer = background.answers.shift() ?? new Error('Could not establish connection. Receiving end does not exist.');
    if (answer instanceof Error) throw answer;
    return answer;
  },
}));

import { PANEL_HOST_TAG } from '../panel-frame';
import { adapterForDocument } from '../hosts/registry';
import { startPageSession } from '.';

const ON: PageConfig = { hostEnabled: true, panelExpanded: true, readDraft: false };

describe('the page session asks the background for its settings', () => {
  let stop: AbortController;
  beforeEach(() => {
    background.answers = [];
    background.asked = 0;
    stop = new AbortController();
    document.querySelectorAll(PANEL_HOST_TAG).forEach((el) => el.remove());
    document.body.innerHTML = '<main><p>Hello</p></main>';
  });
  afterEach(() => {
    stop.abort();
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  const start = () =>
    startPageSession({ win: window, signal: stop.signal, panelUrl: 'chrome-extension://ck/panel.html', pickAdapter: adapterForDocument });

  it('mounts the panel once asked: one question is enough', async () => {
    background.answers = [ON];
    await start();
    expect(document.querySelectorAll(PANEL_HOST_TAG)).toHaveLength(1);
    expect(background.asked).toBe(1);
  });

  it('asks again when the worker lost the reply, and then mounts the panel', async () => {
    background.answers = [new Error('The message port closed before a response was received.'), ON];
    await start();
    expect(background.asked).toBe(2);
    expect(document.querySelectorAll(PANEL_HOST_TAG)).toHaveLength(1);
  });

  it('does not ask again when refused, mounts nothing and says why in the console', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    background.answers = [new Error("Refused 'page:config' from a web page")];
    await start();
    expect(background.asked).toBe(1);
    expect(document.querySelectorAll(PANEL_HOST_TAG)).toHaveLength(0);
    expect(String(logged.mock.calls[0]?.[0])).toContain('did not answer this page');
  });

  it('mounts nothing for a host the agent switched off', async () => {
    background.answers = [{ ...ON, hostEnabled: false }];
    await start();
    expect(document.querySelectorAll(PANEL_HOST_TAG)).toHaveLength(0);
  });
});
