// A reminder's notification: its id names the commitment (a click on it says which), it carries the
// words given, the extension's icon, a high priority and, for a reminder, the Snooze and Done buttons.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../../tests/support/catalog';
import { commitmentIdOfNotification, commitmentNotificationId, postNotification } from './notify';

const shown = async (id: string) => ((await fakeBrowser.notifications.getAll()) as Record<string, unknown>)[id];

describe('notification ids', () => {
  it('a commitment’s notification id is ck:c: and its id, read back as that id', () => {
    expect(commitmentNotificationId('abc')).toBe('ck:c:abc');
    expect(commitmentIdOfNotification(commitmentNotificationId('abc'))).toBe('abc');
    expect(commitmentIdOfNotification('ck:c:')).toBe('');
  });

  it('other notifications name no commitment, even when the prefix appears later in the id', () => {
    expect(commitmentIdOfNotification('ck:batch')).toBeNull();
    expect(commitmentIdOfNotification('ck:digest')).toBeNull();
    expect(commitmentIdOfNotification('x:ck:c:abc')).toBeNull();
  });
});

describe('postNotification', () => {
  it('posts a basic notification with the words given, the extension icon and priority 2, and no buttons unless asked', async () => {
    await postNotification('ck:batch', { title: 'T', message: 'M', contextMessage: 'C' });
    expect(await shown('ck:batch')).toEqual({
      type: 'basic',
      iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
      title: 'T',
      message: 'M',
      contextMessage: 'C',
      priority: 2,
    });
  });

  it('a reminder has two buttons, Snooze then Done, in the words of the Translate given', async () => {
    await postNotification('ck:c:a', { title: 'T', message: 'M', contextMessage: '' }, { actions: en });
    expect(await shown('ck:c:a')).toMatchObject({
      buttons: [{ title: en('notificationSnoozeHour') }, { title: en('notificationDone') }],
    });
    expect(en('notificationSnoozeHour')).not.toBe(en('notificationDone'));
  });
});
