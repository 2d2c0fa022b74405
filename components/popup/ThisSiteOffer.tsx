// "Run Commitment Keeper on support.acme.com": turning the extension on for the helpdesk in the
// active tab, from the popup. The permission for that one site is asked at that moment.
import { useEffect, useState } from 'react';
import { CUSTOM_SCRIPT_ID } from '@/utils/custom-domains';
import { requestDomainAccess } from '@/utils/custom-domains/permissions';
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/settings';
import { siteOffer } from './site-offer';

const REGISTRATION_WAIT_MS = 3000;

/** The background registers the custom-domain content script when settings change; wait for it. */
async function waitForRegistration(host: string): Promise<void> {
  const deadline = Date.now() + REGISTRATION_WAIT_MS;
  while (Date.now() < deadline) {
    const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    if (script?.matches?.some((m) => m.includes(`//${host}/`))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function ThisSiteOffer({ customDomains }: { customDomains: readonly string[] }) {
  // activeTab: the URL of the tab the agent opened the popup on, and no other tab's.
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id !== undefined) setTab({ id: active.id, ...(active.url ? { url: active.url } : {}) });
    });
  }, []);

  const builtIn = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
  const host = siteOffer(tab?.url, builtIn, customDomains);
  if (!host || !tab) {
    return message ? (
      <p className="notice" role="status">
        {message}
      </p>
    ) : null;
  }

  const turnOn = async () => {
    // The permission request must come first: an earlier await would end the click's user gesture.
    const outcome = await requestDomainAccess(host);
    if (!outcome.granted) {
      setMessage(outcome.reason === 'refused' ? t('popupSiteRefused', host) : t('popupSiteAskFailed', outcome.message));
      return;
    }
    try {
      await updateSettings((s) => ({ ...s, customDomains: [...new Set([...s.customDomains, host])] }));
      await waitForRegistration(host);
      setMessage(t('popupSiteOn', host));
      await browser.tabs.reload(tab.id);
    } catch (error) {
      setMessage(t('popupSiteFailed', host, describeError(error)));
    }
  };

  return (
    <section className="site-offer" aria-label={t('popupSiteLabel')}>
      <p className="muted">{t('popupSiteUnknown')}</p>
      <button type="button" onClick={() => void turnOn()}>
        {t('popupSiteRun', host)}
      </button>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
