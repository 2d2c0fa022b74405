// The options page: the settings form (validated on save, errors per field), custom helpdesk
// domains (saved at once, with their permission), and the ledger's data (export, import, erase).
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { createLedgerClient } from '@/utils/messaging/ledger-client';
import {
  applySettingsPatch,
  getSettings,
  isHostEnabled,
  SettingsValidationError,
  updateSettings,
  validateSettings,
  watchSettings,
  type Settings,
  type SettingsPatch,
} from '@/utils/settings';
import { CustomDomainsSection } from './CustomDomainsSection';
import { DataSection } from './DataSection';
import { fieldId, type FieldErrors } from './form';
import { HostsSection, ProfileSection, RemindersSection, WorkdaySection } from './sections';
import { TemplatesSection } from './TemplatesSection';

const ledger = createLedgerClient();

type Status =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid'; count: number } | { kind: 'failed'; message: string };

/** The form does not own customDomains (CustomDomainsSection stores them at once), so saving keeps the stored list. */
function withStoredDomains(draft: Settings, stored: Settings): Settings {
  return { ...draft, customDomains: stored.customDomains };
}

export function OptionsApp() {
  const [stored, setStored] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const dirty = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const adopt = useCallback((settings: Settings) => {
    setDraft(settings);
    dirty.current = false;
  }, []);

  useEffect(() => {
    getSettings()
      .then((s) => {
        setStored(s);
        adopt(s);
      })
      .catch((e: unknown) => setLoadError(t('optionsLoadFailed', describeError(e))));
    // Changes from elsewhere (popup, another options tab) show up here; unsaved edits are kept.
    return watchSettings((next) => {
      setStored(next);
      if (!dirty.current) adopt(next);
    });
  }, [adopt]);

  const change = (patch: SettingsPatch) => {
    dirty.current = true;
    setDraft((d) => (d ? applySettingsPatch(d, patch) : d));
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };

  const showInvalid = (fieldErrors: FieldErrors) => {
    setErrors(fieldErrors);
    setStatus({ kind: 'invalid', count: Object.values(fieldErrors).flat().length });
    // The first field in page order that has a problem gets focus, so the agent lands on it.
    queueMicrotask(() => {
      const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
    });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !stored) return;
    const candidate = withStoredDomains(draft, stored);
    const fieldErrors: FieldErrors = { ...validateSettings(candidate).fieldErrors };
    if (Object.keys(fieldErrors).length > 0) return showInvalid(fieldErrors);

    setStatus({ kind: 'saving' });
    try {
      const saved = await updateSettings((current) => withStoredDomains(candidate, current));
      setErrors({});
      setStored(saved);
      adopt(saved);
      setStatus({ kind: 'saved' });
    } catch (error) {
      if (error instanceof SettingsValidationError) return showInvalid(error.fieldErrors);
      setStatus({ kind: 'failed', message: t('optionsNotSaved', describeError(error)) });
    }
  };

  if (loadError)
    return (
      <main className="options">
        <h1>{t('optionsTitle')}</h1>
        <p className="notice notice-error" role="alert">
          {loadError}
        </p>
      </main>
    );
  if (!draft || !stored)
    return (
      <main className="options">
        <h1>{t('optionsTitle')}</h1>
        <p className="muted">{t('optionsLoading')}</p>
      </main>
    );

  const sectionProps = { draft, errors, onChange: change };
  const overall = errors.settings ?? [];
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <form ref={formRef} onSubmit={save} noValidate aria-label={t('optionsFormLabel')} className="card">
        <ProfileSection {...sectionProps} />
        <WorkdaySection {...sectionProps} />
        <RemindersSection {...sectionProps} />
        <TemplatesSection {...sectionProps} />
        <HostsSection {...sectionProps} />
        {overall.length > 0 && (
          <p className="notice notice-error" id={fieldId('settings')}>
            {overall.join(' ')}
          </p>
        )}
        <div className="save-bar">
          <button type="submit" className="primary" disabled={status.kind === 'saving'}>
            {t('optionsSave')}
          </button>
          <SaveStatus status={status} />
        </div>
      </form>
      <CustomDomainsSection domains={stored.customDomains} enabled={isHostEnabled(stored, 'custom')} />
      <DataSection ledger={ledger} timeZone={stored.timeZone} />
    </main>
  );
}

/** Announced politely: "Saved", or how many fields need fixing. */
function SaveStatus({ status }: { status: Status }) {
  const text =
    status.kind === 'saving'
      ? t('optionsSaving')
      : status.kind === 'saved'
        ? t('optionsSaved')
        : status.kind === 'invalid'
          ? status.count === 1
            ? t('optionsInvalidOne')
            : t('optionsInvalidMany', status.count)
          : status.kind === 'failed'
            ? status.message
            : '';
  const error = status.kind === 'invalid' || status.kind === 'failed';
  return (
    <span role="status" data-testid="save-status" className={error ? 'save-status error' : 'save-status'}>
      {text}
    </span>
  );
}
