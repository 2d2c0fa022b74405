// One way the panel and the popup report a failed action: what failed, why, and that nothing was lost.
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';

/** "Snooze failed: <why>. Nothing was lost; try again." */
function failureText(what: string, error: unknown): string {
  return t('errorAction', what, describeError(error));
}

/** Runs one action; a failure is reported in the agent's words and answered with false (never thrown). */
export async function runAction(what: string, action: () => Promise<unknown>, report: (text: string) => void): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    report(failureText(what, error));
    return false;
  }
}
