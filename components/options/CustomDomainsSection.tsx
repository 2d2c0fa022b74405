// Custom helpdesk domains: adding one asks the browser for access to that site at that moment
// (optional host permission); the background then runs the content script there
// (utils/custom-domains). Saved at once, apart from the settings form, because the permission is.
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { isBuiltInHost } from '@/utils/custom-domains/patterns';
import { hasDomainAccess, releaseDomainAccess, requestDomainAccess, type AccessOutcome } from '@/utils/custom-domains/permissions';
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { LIMITS, normalizeHostname, updateSettings } from '@/utils/settings';
import { describedBy } from './form';

type Notice = { kind: 'ok' | 'pending' | 'error'; text: string } | null;

function manifestMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []);
}

function refusedText(host: string, outcome: Exclude<AccessOutcome, { granted: true }>): string {
  return outcome.reason === 'refused' ? t('optionsDomainRefused', host) : t('optionsDomainNotAsked', host, outcome.message);
}

export function CustomDomainsSection(props: { domains: string[]; enabled: boolean }) {
  const { domains } = props;
  const inputId = useId();
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [access, setAccess] = useState<Record<string, boolean>>({});

  const refreshAccess = useCallback(async () => {
    const entries = await Promise.all(domains.map(async (d) => [d, await hasDomainAccess(d)] as const));
    setAccess(Object.fromEntries(entries));
  }, [domains]);

  useEffect(() => {
    void refreshAccess();
    const listener = () => void refreshAccess();
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
    return () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    };
  }, [refreshAccess]);

  /** Ask for access first (inside the click's user gesture), then store. */
  const grantAndStore = (host: string, store: boolean) => {
    const pending = requestDomainAccess(host);
    setBusy(true);
    setNotice({ kind: 'pending', text: t('optionsDomainWaiting', host) });
    void (async () => {
      try {
        const outcome = await pending;
        if (!outcome.granted) return setNotice({ kind: 'error', text: refusedText(host, outcome) });
        if (store) {
          try {
            await updateSettings((s) => ({ ...s, customDomains: [...new Set([...s.customDomains, host])] }));
          } catch (error) {
            // Not stored: give the permission back so that nothing is left half done.
            await releaseDomainAccess(host);
            return setNotice({ kind: 'error', text: t('optionsDomainSaveFailed', host, describeError(error)) });
          }
          setText('');
        }
        setNotice({ kind: 'ok', text: t('optionsDomainAdded', host) });
        await refreshAccess();
      } finally {
        setBusy(false);
      }
    })();
  };

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    // Everything before the permission request is synchronous: an await would end the user gesture.
    const host = normalizeHostname(text);
    if (!host) return setInputError(t('optionsDomainEnterAddress'));
    if (domains.includes(host)) return setInputError(t('optionsDomainDuplicate', host));
    if (isBuiltInHost(host, manifestMatches())) return setInputError(t('optionsDomainBuiltIn', host));
    if (domains.length >= LIMITS.customDomains) return setInputError(t('optionsDomainTooMany', LIMITS.customDomains));
    setInputError(null);
    grantAndStore(host, true);
  };

  const onRemove = async (host: string) => {
    setBusy(true);
    setNotice(null);
    try {
      await updateSettings((s) => ({ ...s, customDomains: s.customDomains.filter((d) => d !== host) }));
      await releaseDomainAccess(host);
      setNotice({ kind: 'ok', text: t('optionsDomainRemoved', host) });
    } catch (error) {
      setNotice({ kind: 'error', text: t('optionsDomainRemoveFailed', host, describeError(error)) });
    } finally {
      setBusy(false);
    }
  };

  const errorElId = `${inputId}-error`;
  return (
    <section aria-labelledby="custom-domains-heading" className="card">
      <h2 id="custom-domains-heading">{t('optionsDomainsTitle')}</h2>
      <p className="hint" id={`${inputId}-hint`}>
        {t('optionsDomainsHint')}
        {!props.enabled && ` ${t('optionsDomainsOff')}`}
      </p>
      <form className="row" onSubmit={onAdd} noValidate>
        <div className="field grow">
          <label htmlFor={inputId}>{t('optionsDomainLabel')}</label>
          <input
            id={inputId}
            type="text"
            inputMode="url"
            placeholder={t('optionsDomainPlaceholder')}
            value={text}
            aria-invalid={inputError ? true : undefined}
            aria-describedby={describedBy(`${inputId}-hint`, inputError && errorElId)}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          {inputError && (
            <p className="field-errors" id={errorElId}>
              {inputError}
            </p>
          )}
        </div>
        <button type="submit" disabled={busy}>
          {t('optionsDomainAdd')}
        </button>
      </form>
      {notice && (
        <p
          className={notice.kind === 'error' ? 'notice notice-error' : 'notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="custom-domains-notice"
        >
          {notice.text}
        </p>
      )}
      {domains.length === 0 ? (
        <p className="muted">{t('optionsDomainsNone')}</p>
      ) : (
        <ul className="domains" aria-label={t('optionsDomainsList')}>
          {domains.map((host) => (
            <li key={host}>
              <span className="domain">{host}</span>
              {access[host] === false ? (
                <>
                  <span className="badge badge-overdue">{t('optionsDomainNoAccess')}</span>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => grantAndStore(host, false)}
                    aria-label={t('optionsDomainAllowLabel', host)}
                  >
                    {t('optionsDomainAllow')}
                  </button>
                </>
              ) : access[host] === true ? (
                <span className="badge badge-done">{t('optionsDomainActive')}</span>
              ) : null}
              <button type="button" disabled={busy} onClick={() => void onRemove(host)} aria-label={t('optionsDomainRemoveLabel', host)}>
                {t('optionsDomainRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
