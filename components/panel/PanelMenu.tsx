// The panel's ⋯ menu: "Copy a diagnostic of this page" — the page's censored outline (no words of
// the conversation) put on the clipboard for a bug report. Nothing is sent anywhere.
import { useRef } from 'react';
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { askPage } from '@/utils/messaging/protocol';
import { copyText } from './clipboard';

interface Props {
  tabId: number | null;
  notify(kind: 'info' | 'error', text: string): void;
}

export function PanelMenu({ tabId, notify }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const copyDiagnostic = async () => {
    if (menu.current) menu.current.open = false;
    if (tabId === null) return;
    try {
      const { text } = await askPage('page:diagnostic', undefined);
      await copyText(text);
      notify('info', t('diagnosticCopied'));
    } catch (error) {
      notify('error', t('diagnosticFailed', describeError(error)));
    }
  };
  return (
    <details className="item-more panel-menu" ref={menu}>
      <summary aria-label={t('panelMenu')} title={t('panelMenu')}>
        ⋯
      </summary>
      <div className="item-menu">
        <button type="button" onClick={() => void copyDiagnostic()}>
          {t('diagnosticCopy')}
        </button>
      </div>
    </details>
  );
}
