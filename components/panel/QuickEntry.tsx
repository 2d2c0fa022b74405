// The entry box: type a commitment in plain English, see how it was understood, press Enter.
import { useEffect, useMemo, useRef } from 'react';
import { parseCommitment } from '@/utils/commitments';
import type { CommitmentDraft, ParseContext } from '@/utils/commitments/types';
import { formatDueShort, zoneAbbreviation } from '@/utils/format/due';
import { PartyChip } from './PartyChip';
import { usePanelStore } from './store';

/** Nothing longer is stored as one commitment: a pasted thread is not a promise. */
export const MAX_NOTE_CHARS = 2000;

export interface QuickEntryProps {
  context: Omit<ParseContext, 'now'>;
  focusSignal: number;
  onAdd(draft: CommitmentDraft): Promise<boolean>;
}

export function QuickEntry({ context, focusSignal, onAdd }: QuickEntryProps) {
  const draftText = usePanelStore((s) => s.draft);
  const partyOverride = usePanelStore((s) => s.partyOverride);
  const setDraft = usePanelStore((s) => s.setDraft);
  const cycleParty = usePanelStore((s) => s.cycleParty);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [focusSignal]);

  const parsed = useMemo(() => {
    const text = draftText.trim();
    if (!text) return null;
    const draft = parseCommitment(text.slice(0, MAX_NOTE_CHARS), { ...context, now: new Date() });
    return partyOverride ? { ...draft, party: partyOverride } : draft;
  }, [draftText, partyOverride, context]);

  const submit = async () => {
    if (!parsed) return;
    if (draftText.length > MAX_NOTE_CHARS) return;
    if (await onAdd(parsed)) setDraft('');
  };

  const tooLong = draftText.length > MAX_NOTE_CHARS;

  return (
    <section className="entry" aria-label="New commitment">
      <div className="entry-row">
        <PartyChip party={parsed?.party ?? null} onClick={() => cycleParty(parsed?.party ?? null)} />
        <input
          ref={input}
          className="entry-input"
          aria-label="New commitment"
          placeholder="I'll send the rate card by Friday…"
          value={draftText}
          maxLength={MAX_NOTE_CHARS * 2}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void submit();
            } else if (e.key === 'Tab' && draftText.trim()) {
              // Tab switches who acts while there is something typed; otherwise it moves focus as usual.
              e.preventDefault();
              cycleParty(parsed?.party ?? null);
            }
          }}
        />
      </div>
      {tooLong && <p className="warn" role="alert">That is longer than {MAX_NOTE_CHARS} characters: shorten it to one commitment.</p>}
      {parsed && !tooLong && <Preview draft={parsed} context={context} />}
    </section>
  );
}

function Preview({ draft, context }: { draft: CommitmentDraft; context: QuickEntryProps['context'] }) {
  const setDraft = usePanelStore((s) => s.setDraft);
  const text = usePanelStore((s) => s.draft);
  const dueAt = draft.due ? Date.parse(draft.due.at) : null;
  return (
    <div className="preview" aria-live="polite" data-testid="entry-preview">
      {dueAt !== null && !Number.isNaN(dueAt) ? (
        <p className="preview-due">
          Due <strong>{formatDueShort(dueAt, context.timeZone)}</strong> {zoneAbbreviation(dueAt, context.timeZone)}
          {context.customerTimeZone && context.customerTimeZone !== context.timeZone && (
            <span className="muted">
              {' '}
              · customer: {formatDueShort(dueAt, context.customerTimeZone)} {zoneAbbreviation(dueAt, context.customerTimeZone)}
            </span>
          )}
        </p>
      ) : null}
      {draft.conditions.length > 0 && <p className="preview-line">Only if: {draft.conditions.join('; ')}</p>}
      {draft.reason && <p className="preview-line">Why: {draft.reason}</p>}
      {draft.vague && (
        <div className="vague" role="note">
          <p>No date: the customer will be left without one.</p>
          <div className="quick-dates">
            {['today EOD', 'tomorrow', 'Friday'].map((when) => (
              <button key={when} type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setDraft(`${text.trim()} by ${when}`)}>
                by {when}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
