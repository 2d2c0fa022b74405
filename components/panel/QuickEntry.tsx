// The entry box: type a commitment in plain English, see how it was understood, press Enter.
import { useEffect, useMemo, useRef } from 'react';
import { parseCommitment, findCommitments } from '@/utils/commitments';
import type { CommitmentDraft, ParseContext, Party } from '@/utils/commitments/types';
import { formatDueShort, zoneAbbreviation } from '@/utils/format/due';
import { t } from '@/utils/i18n';
import { keepFocus } from '@/utils/editors/focus';
import { PartyChip } from './PartyChip';
import { usePanelStore } from './store';

/** Nothing longer is stored as one commitment: a pasted thread is not a promise. */
export const MAX_NOTE_CHARS = 2000;

/**
 * Reads a note. The agent's own note ("I" = the agent) goes through parseCommitment; words taken
 * from a customer's message ("I" = the customer) are read as that message would be.
 */
export function readNote(text: string, ctx: ParseContext, writer: Party = 'agent'): CommitmentDraft {
  if (writer !== 'agent') {
    const [found] = findCommitments({ text, author: writer }, ctx);
    if (found) return found;
  }
  return parseCommitment(text, ctx);
}

export interface QuickEntryProps {
  context: Omit<ParseContext, 'now'>;
  /** Who wrote the words being edited (a suggestion taken from a message); the agent by default. */
  writer?: Party;
  focusSignal: number;
  onAdd(draft: CommitmentDraft): Promise<boolean>;
}

export function QuickEntry({ context, writer = 'agent', focusSignal, onAdd }: QuickEntryProps) {
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
    const draft = readNote(text.slice(0, MAX_NOTE_CHARS), { ...context, now: new Date() }, writer);
    return partyOverride ? { ...draft, party: partyOverride } : draft;
  }, [draftText, partyOverride, context, writer]);

  const submit = async () => {
    if (!parsed) return;
    if (draftText.length > MAX_NOTE_CHARS) return;
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
