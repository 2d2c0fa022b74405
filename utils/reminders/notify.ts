// Posting Commitment Keeper's notifications, and the ids that say what a click on one means.
// Background only.
import type { NotificationText } from './notification-text';
import type { Translate } from '../i18n-keys';

const ICON = '/icon/128.png';
const COMMITMENT_PREFIX = 'ck:c:';

/** One notification per commitment: a later reminder replaces the earlier one. A click opens its conversation. */
export const commitmentNotificationId = (commitmentId: string): string => `${COMMITMENT_PREFIX}${commitmentId}`;

export function commitmentIdOfNotification(notificationId: string): string | null {
  return notificationId.startsWith(COMMITMENT_PREFIX) ? notificationId.slice(COMMITMENT_PREFIX.length) : null;
}

/** `actions`: the two buttons of a reminder, in the words of the Translate given. */
export async function postNotification(id: string, text: NotificationText, opts: { actions?: Translate } = {}): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: text.title,
    message: text.message,
    contextMessage: text.contextMessage,
    priority: 2,
    // Chrome allows two buttons; a click on the body opens the conversation.
    ...(opts.actions ? { buttons: [{ title: opts.actions('notificationSnoozeHour') }, { title: opts.actions('notificationDone') }] } : {}),
  });
}
