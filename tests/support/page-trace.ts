// What a host page's own scripts can find of the extension: run in the page (Playwright's or
// puppeteer's page.evaluate) by the Chromium and the Firefox end-to-end tests alike.
export interface PageTrace {
  databases: Array<string | undefined>;
  localStorage: string[];
  iframes: number;
  shadowRootVisible: boolean;
  /** Whether the given private words appear anywhere in the page's markup. */
  inMarkup: boolean;
}

/** Passed to page.evaluate: it runs inside the page, so it may use nothing from outside itself. */
export async function traceInPage(marker: string): Promise<PageTrace> {
  const databases = (await indexedDB.databases?.()) ?? [];
  const host = document.querySelector('commitment-keeper-panel');
  return {
    databases: databases.map((d) => d.name),
    localStorage: Object.keys(localStorage),
    iframes: document.querySelectorAll('iframe').length,
    shadowRootVisible: host?.shadowRoot !== null && host?.shadowRoot !== undefined,
    inMarkup: document.documentElement.outerHTML.includes(marker),
  };
}

/** No trace: what both browsers must show. */
export const NO_TRACE: PageTrace = { databases: [], localStorage: [], iframes: 0, shadowRootVisible: false, inMarkup: false };
