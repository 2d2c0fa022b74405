// The entry box: type a commitment in plain English, see how it was understood, press Enter.
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseCommitment, findCommitments } from '@/utils/commitments';
import type { CommitmentDraft, ParseContext, Party } from '@/utils/commitments/types';
import { formatDueShort, zoneAbbreviation } from '@/utils/format/due';
import { t } from '@/utils/i18n';
import { askPage } from '@/utils/messaging/protocol';
import { keepFocus } from '@/utils/editors/focus';
import { hasVisibleText } from '@/utils/ledger/text';
import { quickDatesFor } from '@/utils/suggestions/draft-coach';
import { DraftWarnings } from './DraftWarnings';
import { PartyChip } from './PartyChip';
import { usePanelStore } from './store';

/** Nothing longer is stored as one commitment: a pasted thread is not a promise. */
const MAX_NOTE_CHARS = 2000;

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
  /**
   * Saves the note. `id` is the new record's id, made here once per note and reused when the same
   * words are sent again after a failure; `conversationId` is the conversation the words were typed on.
   */
  onAdd(draft: CommitmentDraft, target: { id: string; conversationId: string }): Promise<boolean>;
}

export function QuickEntry({ context, writer = 'agent', sentAt, focusSignal, onAdd }: QuickEntryProps) {
  const draftText = usePanelStore((s) => s.draft);
  const partyOverride = usePanelStore((s) => s.partyOverride);
  const setDraft = usePanelStore((s) => s.setDraft);
  const restoreDraft = usePanelStore((s) => s.restoreDraft);
  const inFlight = useRef(new Set<string>());
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
    if (!hasVisibleText(text)) return null;
    const draft = readNote(text.slice(0, MAX_NOTE_CHARS), { ...context, now: new Date() }, writer, sentAt);
    return partyOverride ? { ...draft, party: partyOverride } : draft;
  }, [draftText, partyOverride, context, writer, sentAt]);

  // A deadline already past is added only after the agent confirms it (Enter again, or Add anyway).
  const [confirmFor, setConfirmFor] = useState<string | null>(null);
  const confirmingPastDue = confirmFor !== null && confirmFor === draftText;

  const submit = async (confirmed = false) => {
    // Read from the store, not from this render: a second Enter in the same task (before React
    // renders again) then finds the box already empty and sends nothing.
    const state = usePanelStore.getState();
    const submitted = state.draft;
    const conversationId = state.conversationId;
    if (conversationId === null || !hasVisibleText(submitted) || submitted.length > MAX_NOTE_CHARS) return;
    const read = readNote(submitted.trim(), { ...context, now: new Date() }, writer, sentAt);
    if (read.warnings?.includes('past-due') && !confirmed && confirmFor !== submitted) {
      setConfirmFor(submitted);
      return;
    }
    setConfirmFor(null);
    // The same words sent again after a failed save keep their id: if the first save had committed
    // (its reply was lost), the ledger answers with that record instead of storing a second one.
    const id = state.draftRetry?.text === submitted ? state.draftRetry.id : crypto.randomUUID();
    if (inFlight.current.has(id)) return;
    const draft = state.partyOverride ? { ...read, party: state.partyOverride } : read;
    inFlight.current.add(id);
    // The box empties at once, so the next note can be typed while this one is saved; the words come
    // back (to their own conversation) only if saving failed and no new note was started there.
    setDraft('');
    let saved = false;
    try {
      saved = await onAdd(draft, { id, conversationId });
    } finally {
      inFlight.current.delete(id);
    }
    if (!saved) restoreDraft(conversationId, submitted, id);
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
          aria-keyshortcuts="Alt+P Escape ArrowDown"
          onKeyDown={(e) => {
            const key = entryKey(e, draftText);
            if (key) e.preventDefault();
            if (key === 'submit') void submit();
            else if (key === 'switch-party') cycleParty(parsed?.party ?? null);
            else if (key === 'clear') {
              setDraft('');
              setConfirmFor(null);
              usePanelStore.getState().clearEditingSuggestion();
            } else if (key === 'leave') void askPage('page:return-focus', undefined).catch(() => undefined);
            else if (key === 'to-list') document.querySelector<HTMLElement>('[data-item-id][tabindex="0"]')?.focus();
          }}
        />
      </div>
      {tooLong && (
        <p className="warn" role="alert">
          {t('entryTooLong', MAX_NOTE_CHARS)}
        </p>
      )}
      {parsed && !tooLong && <Preview draft={parsed} context={context} onChosen={() => input.current?.focus()} />}
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

/**
 * The quick dates offered under a note without a date: the reply coach's own list, less any whose
 * deadline has already passed ("today EOD" after the workday ended, or on a day off), which the entry
 * would only add after asking "this deadline has passed — add anyway?".
 */
export function entryQuickDates(text: string, ctx: ParseContext): string[] {
  return quickDatesFor({ text: text.trim() }, ctx).map((q) => q.when);
}

export type EntryKey = 'submit' | 'switch-party' | 'clear' | 'leave' | 'to-list';

/**
 * What a key does in the entry box. Tab is left to the browser (it reaches the quick-date chips);
 * who acts switches with Alt+P (by its physical key: on a Mac, Alt+P types "π").
 */
export function entryKey(
  e: { key: string; code?: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey?: boolean },
  text: string,
): EntryKey | null {
  if (e.altKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyP' || e.key.toLowerCase() === 'p')) return 'switch-party';
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Enter') return 'submit';
  if (e.key === 'Escape') return text ? 'clear' : 'leave';
  if (e.key === 'ArrowDown') return 'to-list';
  return null;
}

function Preview({ draft, context, onChosen }: { draft: CommitmentDraft; context: QuickEntryProps['context']; onChosen(): void }) {
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
              · {t('entryCustomerTime')} {formatDueShort(dueAt, context.customerTimeZone)}{' '}
              {zoneAbbreviation(dueAt, context.customerTimeZone)}
            </span>
          )}
        </p>
      ) : null}
      {draft.conditions.length > 0 && (
        <p className="preview-line">
          {t('entryOnlyIf')} {draft.conditions.join('; ')}
        </p>
      )}
      {draft.reason && (
        <p className="preview-line">
          {t('entryWhy')} {draft.reason}
        </p>
      )}
      {draft.vague && (
        <div className="vague" role="note">
          <p>{t('entryVague')}</p>
          {/* Reached by Tab from the entry box; a chip chosen by keyboard hands focus back to the box (Enter adds). */}
          <div className="quick-dates" role="group" aria-label={t('entryQuickDatesLabel')}>
            {entryQuickDates(text, { ...context, now: new Date() }).map((when) => (
              <button
                key={when}
                type="button"
                {...keepFocus}
                onClick={() => {
                  setDraft(`${text.trim()} by ${when}`);
                  onChosen();
                }}
              >
                {t('entryQuickDate', when)}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
