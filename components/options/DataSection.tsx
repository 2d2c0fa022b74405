// Export, import and erase the ledger. Everything goes through the ledger service in the background
// (README: How it is built): this page never opens IndexedDB itself.
import { eraseExtensionStorage } from '@/utils/erase-storage';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import type { I18nKey } from '@/utils/i18n-keys';
import { isLedgerError } from '@/utils/ledger/errors';
import type { LedgerClient } from '@/utils/messaging/ledger-client';
import { datedFileName } from './form';
import { describeImport, downloadBlob, downloadText, ERASE_WORD } from './data';
import { exportJsonBlob, importJsonFile } from './transfer';

type Result = { kind: 'ok'; text: string } | { kind: 'error'; text: string; problems: string[] } | null;

/** `failed` is the catalog key of "Could not <action>: $1". */
function failure(failed: I18nKey, error: unknown): Result {
  if (isLedgerError(error)) return { kind: 'error', text: describeError(error), problems: error.problems ?? [] };
  return { kind: 'error', text: t(failed, describeError(error)), problems: [] };
}

const EXPORTS = [
  {
    format: 'json',
    label: 'optionsExportJson',
    mime: 'application/json',
    title: 'optionsExportJsonTitle',
    run: (l: LedgerClient) => l.exportJson(),
  },
  { format: 'csv', label: 'optionsExportCsv', mime: 'text/csv', title: 'optionsExportCsvTitle', run: (l: LedgerClient) => l.exportCsv() },
  {
    format: 'ics',
    label: 'optionsExportIcs',
    mime: 'text/calendar',
    title: 'optionsExportIcsTitle',
    run: (l: LedgerClient) => l.exportIcs(),
  },
] as const;

export function DataSection(props: { ledger: LedgerClient; timeZone: string }) {
  const { ledger } = props;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);

  const run = async (failed: I18nKey, work: () => Promise<string | null>) => {
    setBusy(true);
    setResult(null);
    try {
      const text = await work();
      if (text) setResult({ kind: 'ok', text });
    } catch (error) {
      setResult(failure(failed, error));
    } finally {
      setBusy(false);
    }
  };

  const onExport = (e: (typeof EXPORTS)[number]) =>
    run('optionsExportFailed', async () => {
      const fileName = datedFileName(e.format, new Date(), props.timeZone);
      // JSON, the complete ledger, comes in chunks into a Blob; CSV and ICS are small (live and open ones).
      if (e.format === 'json') downloadBlob(await exportJsonBlob(ledger), fileName);
      else downloadText(await e.run(ledger), e.mime, fileName);
      return t('optionsExportSaved', fileName);
    });

  const onImport = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void run('optionsImportFailed', async () => {
      try {
        // Read as a stream and sent in batches: a file of any size, and the ledger answers meanwhile.
        return describeImport(await importJsonFile(ledger, file), t);
      } finally {
        // Lets the agent pick the same file again after fixing it.
        input.value = '';
      }
    });
  };

  return (
    <section aria-labelledby="data-heading" className="card">
      <h2 id="data-heading">{t('optionsDataTitle')}</h2>
      <p className="hint">{t('optionsDataHint')}</p>
      <div className="row wrap">
        {EXPORTS.map((e) => (
          <button key={e.format} type="button" disabled={busy} onClick={() => void onExport(e)} title={t(e.title)}>
            {t(e.label)}
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor="import-file">{t('optionsImportLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={onImport}
          aria-describedby="import-hint"
        />
        <p className="hint" id="import-hint">
          {t('optionsImportHint')}
        </p>
      </div>
      <EraseAll
        disabled={busy}
        onErase={() =>
          run('optionsEraseFailed', async () => {
            await ledger.eraseAll();
            await eraseExtensionStorage();
            return t('optionsErased');
          })
        }
      />
      <ResultNotice result={result} />
    </section>
  );
}

function ResultNotice({ result }: { result: Result }) {
  if (!result) return null;
  if (result.kind === 'ok')
    return (
      <p className="notice" role="status" data-testid="data-result">
        {result.text}
      </p>
    );
  return (
    <div className="notice notice-error" role="alert" data-testid="data-result">
      <p>{result.text}</p>
      {result.problems.length > 0 && (
        <ul aria-label={t('optionsImportProblems')}>
          {result.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A two-step erase: open the confirmation, type ERASE, then confirm. */
function EraseAll(props: { disabled: boolean; onErase(): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setTyped('');
    // Back where the agent was, not at the top of the page.
    queueMicrotask(() => openerRef.current?.focus());
  };

  if (!open)
    return (
      <div className="row">
        <button ref={openerRef} type="button" className="danger" disabled={props.disabled} onClick={() => setOpen(true)}>
          {t('optionsEraseOpen')}
        </button>
      </div>
    );

  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>{t('optionsEraseQuestion')}</strong> {t('optionsEraseWarning')}
      </p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed !== ERASE_WORD) return;
          void props.onErase().then(close);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-word`}>{t('optionsEraseTypeWord', ERASE_WORD)}</label>
          <input
            ref={inputRef}
            id={`${id}-word`}
            type="text"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
          />
        </div>
        <button type="submit" className="danger" disabled={props.disabled || typed !== ERASE_WORD}>
          {t('optionsEraseConfirm')}
        </button>
        <button type="button" onClick={close}>
          {t('optionsEraseCancel')}
        </button>
      </form>
    </div>
  );
}
