// The entry box: type a commitment in plain English, see how it was understood, press Enter.
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseCommitment, findCommitments } from '@/utils/commitments';
import type { CommitmentDraft, ParseContext, Party } from '@/utils/commitments/types';
import { formatDueShort, zoneAbbreviation } from '@/utils/format/due';
import { t } from '@/utils/i18n';
import { keepFocus } from '@/utils/editors/focus';
import { DraftWarnings } from './DraftWarnings';
import { PartyChip } from './PartyChip';
import { usePanelStore } from './store';

/** Nothing longer is stored as one commitment: a pasted thread is not a promise. */
export const MAX_NOTE_CHARS = 2000;

/**
 * Reads a note. The agent's own note ("I" = the agent) goes through parseCommitment; words taken
 * from a customer's message ("I" = the customer) are read as that message would be.
 */
export function readNote(text: string, ctx: ParseContext, writer: Party = 'agent', sentAt?: string): CommitmentDraft {
  // Words taken from a message keep that message's date: "by Thursday" counts from when it was sent.
  if (writer !== 'agent' || sentAt) {
    const [found] = findCommitments({ text, author: writer, ...(sentAt ? { sentAt } : {}) }, ctx);
    if (found) return found;
  }
  return parseCommitment(text, ctx);
}

export interface QuickEntryProps {
  context: Omit<ParseContext, 'now'>;
  /** Who wrote the words being edited (a suggestion taken from a message); the agent by default. */
  writer?: Party;
  /** When the message the words come from was sent (ISO): their relative words count from it. */
  sentAt?: string;
  focusSignal: number;
  onAdd(draft: CommitmentDraft): Promise<boolean>;
}

export function QuickEntry({ context, writer = 'agent', sentAt, focusSignal, onAdd }: QuickEntryProps) {
  const draftText = usePanelStore((s) => s.draft);
  const partyOverride = usePanelStore((s) => s.partyOverride);
  const setDraft = usePanelStore((s) => s.setDraft);
  const cycleParty = usePanelStore((s) => s.cycleParty);
  const input = useRef<HTMLInputElement>(null);

  // Focus is the agent's: the entry box takes it only on the agent's command (focusSignal > 0), never
  // when the panel mounts or follows a thread switch — Gmail's and Zendesk's single-key shortcuts
  // ("j", "r") must keep reaching the page.
  useEffect(() => {
    if (focusSignal > 0) input.current?.focus();
  }, [focusSignal]);

  const parsed = useMemo(() => {
    const text = draftText.trim();
    if (!text) return null;
    const draft = readNote(text.slice(0, MAX_NOTE_CHARS), { ...context, now: new Date() }, writer, sentAt);
    return partyOverride ? { ...draft, party: partyOverride } : draft;
  }, [draftText, partyOverride, context, writer, sentAt]);

  // A deadline already past is added only after the agent confirms it (Enter again, or Add anyway).
  const [confirmFor, setConfirmFor] = useState<string | null>(null);
  const confirmingPastDue = confirmFor !== null && confirmFor === draftText;

  const submit = async (confirmed = false) => {
    if (!parsed) return;
    if (draftText.length > MAX_NOTE_CHARS) return;
    if (parsed.warnings?.includes('past-due') && !confirmed && !confirmingPastDue) {
      setConfirmFor(draftText);
      return;
    }
    setConfirmFor(null);
    // The box empties at once, so the next note can be typed while this one is saved; the words come
    // back only if saving failed and the agent has not started a new note meanwhile.
    const submitted = draftText;
    const saving = onAdd(parsed);
    setDraft('');
    if (!(await saving) && usePanelStore.getState().draft === '') setDraft(submitted);
  };

  const tooLong = draftText.length > MAX_NOTE_CHARS;

  return (
    <section className="entry" aria-label={t('entryLabel')}>
      <div className="entry-row">
        <PartyChip party={parsed?.party ?? null} onClick={() => cycleParty(parsed?.party ?? null)} />
        <input
          ref={input}
          className="entry-input"
          aria-label={t('entryLabel')}
          placeholder={t('entryPlaceholder')}
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
      {tooLong && (
        <p className="warn" role="alert">
          {t('entryTooLong', MAX_NOTE_CHARS)}
        </p>
      )}
      {parsed && !tooLong && <Preview draft={parsed} context={context} />}
      {parsed && !tooLong && (
        <DraftWarnings
          draft={parsed}
          context={context}
          confirmingPastDue={confirmingPastDue}
          onUseText={(text) => setDraft(text)}
          onAddAnyway={() => void submit(true)}
        />
      )}
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
          {t('entryDue')} <strong>{formatDueShort(dueAt, context.timeZone)}</strong> {zoneAbbreviation(dueAt, context.timeZone)}
          {context.customerTimeZone && context.customerTimeZone !== context.timeZone && (
            <span className="muted">
              {' '}
              · {t('entryCustomerTime')} {formatDueShort(dueAt, context.customerTimeZone)} {zoneAbbreviation(dueAt, context.customerTimeZone)}
            </span>
          )}
        </p>
      ) : null}
      {draft.conditions.length > 0 && <p className="preview-line">
          {t('entryOnlyIf')} {draft.conditions.join('; ')}
        </p>}
      {draft.reason && <p className="preview-line">
          {t('entryWhy')} {draft.reason}
        </p>}
      {draft.vague && (
        <div className="vague" role="note">
          <p>{t('entryVague')}</p>
          <div className="quick-dates">
            {['today EOD', 'tomorrow', 'Friday'].map((when) => (
              <button key={when} type="button" {...keepFocus} onClick={() => setDraft(`${text.trim()} by ${when}`)}>
                {t('entryQuickDate', when)}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
