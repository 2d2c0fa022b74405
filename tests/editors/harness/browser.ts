// Chromium (the machine's own: never downloaded) and a CDP isolated world standing in for the
// content script's world.
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium, QUIET_FLAGS } from '../../support/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...QUIET_FLAGS, '--no-sandbox', '--disable-gpu'],
  });
}

export interface IsolatedWorld {
  /** Evaluates an expression in the world (awaiting a returned promise) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
}

/**
 * Creates an isolated world in the page's main frame, like the one Chromium gives a content
 * script: same DOM, separate JavaScript globals (the page's `window.ck`, editor objects and
 * prototypes are not reachable from it), then runs `code` in it.
 */
export async function createIsolatedWorld(page: Page, code: string): Promise<IsolatedWorld> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'commitment-keeper-content-script',
  });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const reply = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (reply.exceptionDetails) {
      throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    }
    return reply.result.value as T;
  };
  await evaluate(`${code};true`);
  return { evaluate };
}
