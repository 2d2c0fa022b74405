// The toolbar button's API: `action` in Manifest V3 (the Chrome build), `browserAction` in Manifest
// V2 (the Firefox build), where `browser.action` is undefined and every badge call would throw.
export function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
