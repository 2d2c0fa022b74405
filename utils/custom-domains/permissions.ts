// The options page side of custom domains: asking for, checking and giving back the host permission.
// `requestDomainAccess` must be the first thing a click handler awaits: browsers only show the
// permission prompt during a user gesture, and an earlier await ends the gesture.
import { describeError } from '../errors';
import { originFor } from './patterns';

export type AccessOutcome =
  { granted: true } | { granted: false; reason: 'refused' } | { granted: false; reason: 'error'; message: string };

export function requestDomainAccess(host: string): Promise<AccessOutcome> {
  let pending: Promise<boolean>;
  try {
    pending = browser.permissions.request({ origins: [originFor(host)] });
  } catch (error) {
    return Promise.resolve({ granted: false, reason: 'error', message: describeError(error) });
  }
  return pending.then(
    (granted): AccessOutcome => (granted ? { granted: true } : { granted: false, reason: 'refused' }),
    (error: unknown): AccessOutcome => ({ granted: false, reason: 'error', message: describeError(error) }),
  );
}

export async function hasDomainAccess(host: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originFor(host)] });
  } catch {
    return false;
  }
}

/**
 * Gives the permission back. Chrome refuses to remove an origin the manifest requires; that is not
 * a failure here (the domain is simply served by the built-in list), so the answer is only logged.
 */
export async function releaseDomainAccess(host: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [originFor(host)] });
  } catch (error) {
    console.warn(`Commitment Keeper: kept the permission for ${host}:`, error);
  }
}
