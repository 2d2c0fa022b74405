// Export, import and erase the ledger. Everything goes through the ledger service in the background
// (ARCHITECTURE.md §1): this page never opens IndexedDB itself.
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { describeError } from '@/utils/errors';
import { isLedgerError } from '@/utils/ledger/errors';
import type { LedgerClient } from '@/utils/messaging/ledger-client';
import { datedFileName } from './form';
import { describeImport, downloadText, ERASE_WORD } from './data';

type Result = { kind: 'ok'; text: string } | { kind: 'error'; text: string; problems: string[] } | null;

function failure(action: string, error: unknown): Result {
  if (isLedgerError(error)) return { kind: 'error', text: error.message, problems: error.problems ?? [] };
  return { kind: 'error', text: `Could not ${action}: ${describeError(error)}`, problems: [] };
}

const EXPORTS = [
  { format: 'json', label: 'Export JSON', mime: 'application/json', what: 'everything, to import again later', run: (l: LedgerClient) => l.exportJson() },
  { format: 'csv', label: 'Export CSV', mime: 'text/csv', what: 'commitments for a spreadsheet', run: (l: LedgerClient) => l.exportCsv() },
  { format: 'ics', label: 'Export calendar (ICS)', mime: 'text/calendar', what: 'open deadlines for a calendar', run: (l: LedgerClient) => l.exportIcs() },
] as const;

export function DataSection(props: { ledger: LedgerClient; timeZone: string }) {
  const { ledger } = props;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);

  const run = async (action: string, work: () => Promise<string | null>) => {
    setBusy(true);
    setResult(null);
    try {
      const text = await work();
      if (text) setResult({ kind: 'ok', text });
    } catch (error) {
      setResult(failure(action, error));
    } finally {
      setBusy(false);
    }
  };

  const onExport = (e: (typeof EXPORTS)[number]) =>
    run('export the ledger', async () => {
      const fileName = datedFileName(e.format, new Date(), props.timeZone);
      downloadText(await e.run(ledger), e.mime, fileName);
      return `Saved ${fileName}.`;
    });

  const onImport = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void run('import the file', async () => {
      try {
        return describeImport(await ledger.importJson(await file.text()));
      } finally {
        // Lets the agent pick the same file again after fixing it.
        input.value = '';
      }
    });
  };

  return (
    <section aria-labelledby="data-heading" className="card">
      <h2 id="data-heading">Your data</h2>
      <p className="hint">Commitments are kept in this browser only. Export them to keep a copy or move them to another browser.</p>
      <div className="row wrap">
        {EXPORTS.map((e) => (
          <button key={e.format} type="button" disabled={busy} onClick={() => void onExport(e)} title={`Download ${e.what}`}>
            {e.label}
          </button>
        ))}
      </div>
      <div className="field">
        <label htmlFor="import-file">Import a JSON export</label>
        <input id="import-file" type="file" accept=".json,application/json" disabled={busy} onChange={onImport} aria-describedby="import-hint" />
        <p className="hint" id="import-hint">
          Adds what the file holds; where a commitment is in both, the newer copy is kept. A file that is not valid changes nothing.
        </p>
      </div>
      <EraseAll
        disabled={busy}
        onErase={() =>
          run('erase the ledger', async () => {
            await ledger.eraseAll();
            return 'All commitments, conversations and their history were erased. Your settings are kept.';
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
        <ul aria-label="Problems found in the file">
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
          Erase all data…
        </button>
      </div>
    );

  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>Erase every commitment, conversation and history entry in this browser?</strong> This cannot be undone; export a JSON copy
        first if you may want them back. Your settings are kept.
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
          <label htmlFor={`${id}-word`}>Type {ERASE_WORD} to confirm</label>
          <input ref={inputRef} id={`${id}-word`} type="text" autoComplete="off" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
        </div>
        <button type="submit" className="danger" disabled={props.disabled || typed !== ERASE_WORD}>
          Erase everything
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </form>
    </div>
  );
}
