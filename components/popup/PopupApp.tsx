// The toolbar popup ("summarize commitments"): overdue, due today and the next 7 days across every
// conversation, a search box, and per row: open, Done, Snooze, copy the conversation's summary.
// It shows one index-only overview from the ledger (usePopupData), so it opens as fast with
// 100,000 commitments as with ten.
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { OverviewSection, PopupOverview } from '@/utils/ledger/service';
import type { ConversationRecord } from '@/utils/ledger/types';
import { sendMessage } from '@/utils/messaging/protocol';
import { runAction } from '../common/run-action';
import { t } from '@/utils/i18n';
import { snoozeUntil } from './actions';
import { CommitmentRow, type RowActions } from './CommitmentRow';
import { ledger, usePopupData } from './usePopupData';
import { ThisSiteOffer } from './ThisSiteOffer';
import {
  FIRST_SCREEN_ROWS,
  laterDated,
  listedSections,
  LISTS_PAINT_TIMING,
  nothingDue,
  rowsPerSection,
  sectionHeading,
  sectionMore,
} from './sections';

/** Set once the first overview is on screen: the e2e bench reads it as the popup's first useful paint. */
const POPUP_READY_MARK = 'ck:popup-ready';
/** Set once every listed row is drawn too (the deferred render below the first screen). */
const POPUP_ALL_ROWS_MARK = 'ck:popup-all-rows';
export function PopupApp() {
  const data = usePopupData();
  const { settings, overview, undated, readAt, error } = data;
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const marked = useRef(false);

  useEffect(() => {
    if (overview && !marked.current) {
      marked.current = true;
      performance.mark(POPUP_READY_MARK);
    }
  }, [overview]);

  const conversations = useMemo(
    () => new Map([...(overview?.conversations ?? []), ...(undated?.conversations ?? [])].map((c) => [c.id, c] as const)),
    [overview, undated],
  );

  const actions = useMemo<RowActions>(() => {
    // The panel's way of reporting a failure (what failed, why, nothing lost): components/common/run-action.ts.
    const withBusy = async (id: string, what: string, fn: () => Promise<unknown>, done?: string) => {
      // A notice answers the last action only: the next one clears it.
      setNotice(null);
      setBusy((b) => new Set(b).add(id));
      try {
        if ((await runAction(what, fn, setNotice)) && done) setNotice(done);
      } finally {
        setBusy((b) => {
          const next = new Set(b);
          next.delete(id);
          return next;
        });
      }
    };
    return {
      open: (conversationId) =>
        void withBusy(conversationId, t('popupOpenConversation'), async () => {
          await sendMessage('conversation:open', { conversationId });
          window.close();
        }),
      done: (id) => void withBusy(id, t('popupDone'), () => ledger.complete(id), t('popupMarkedDone')),
      snooze: (id, choice, date) => {
        if (!settings) return;
        void withBusy(
          id,
          t('popupSnoozeDateGo'),
          () => ledger.snooze(id, snoozeUntil(choice, Date.now(), settings, date)),
          t('popupSnoozed'),
        );
      },
      copySummary: (conversationId) =>
        void withBusy(conversationId, t('popupCopySummary'), async () => {
          if (!settings) return;
          // Loaded on demand: the summary brings the date parser, which the first paint does not need.
          const [records, conversation, { conversationSummary }] = await Promise.all([
            ledger.listByConversation(conversationId),
            ledger.getConversation(conversationId),
            import('./copy-summary'),
          ]);
          if (!conversation) throw new Error(t('popupConversationGone'));
          const text = conversationSummary(records, conversation, settings, Date.now());
          if (!text) throw new Error(t('popupNothingToSummarize'));
          await navigator.clipboard.writeText(text);
          setNotice(t('popupSummaryCopied', conversation.subject || t('popupTheConversation')));
        }),
    };
  }, [settings]);

  const timeZone = settings?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const rowProps = { now: readAt, timeZone, actions };
  const searchingNow = data.query.trim() !== '';

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('popupTitle')}</h1>
        <input
          type="search"
          className="search"
          placeholder={t('popupSearchPlaceholder')}
          aria-label={t('popupSearchLabel')}
          value={data.query}
          onChange={(e) => {
            setNotice(null);
            data.setQuery(e.currentTarget.value);
          }}
        />
      </header>
      {settings && <ThisSiteOffer customDomains={settings.customDomains} />}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {searchingNow ? (
        <section aria-label={t('popupSearchResults')}>
          <h2>{data.searching ? t('popupSearching') : t('popupResults', data.results?.length ?? 0)}</h2>
          <ul>
            {(data.results ?? []).map(({ commitment, conversation }) => (
              <CommitmentRow
                key={commitment.id}
                commitment={commitment}
                conversation={conversation}
                busy={busy.has(commitment.id)}
                {...rowProps}
              />
            ))}
          </ul>
          {!data.searching && data.results?.length === 0 && <p className="muted">{t('popupNoMatch')}</p>}
        </section>
      ) : (
        <>
          {!overview && !error && <p className="muted">{t('popupLoading')}</p>}
          {overview && (
            <>
              <Sections overview={overview} undated={undated} conversations={conversations} busy={busy} {...rowProps} />
              {nothingDue(overview, undated) && <p className="muted">{t('popupNothingDue')}</p>}
              {laterDated(overview, undated) > 0 && <p className="muted later">{t('popupLater', laterDated(overview, undated))}</p>}
            </>
          )}
        </>
      )}
    </main>
  );
}

/**
 * false until the browser has painted the first screen, then true (in a transition: typing or a click
 * comes first). The rest of the rows used to follow in a deferred render (useDeferredValue) queued
 * right after the first commit, and on a loaded machine that render ran before the browser painted:
 * the first screen reached the screen 50–60 ms after its commit (Element Timing, README: Evaluation
 * and benchmarks). A frame's callback runs before that frame's paint; a task it queues runs after it.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const show = () => startTransition(() => setPainted(true));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(show, 0);
    });
    // A page that draws no frame (hidden) still gets every row.
    const fallback = setTimeout(show, NO_FRAME_FALLBACK_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, []);
  return painted;
}

/** useAfterFirstPaint's wait for a frame that does not come. */
const NO_FRAME_FALLBACK_MS = 500;

function Sections(props: {
  overview: PopupOverview;
  undated: OverviewSection | null;
  conversations: Map<string, ConversationRecord>;
  busy: ReadonlySet<string>;
  now: number;
  timeZone: string;
  actions: RowActions;
}) {
  const { overview, undated, ...rest } = props;
  const everyRow = useAfterFirstPaint();
  useEffect(() => {
    if (everyRow) performance.mark(POPUP_ALL_ROWS_MARK);
  }, [everyRow]);
  const sections = listedSections(overview, undated);
  const rows = rowsPerSection(sections, everyRow ? Infinity : FIRST_SCREEN_ROWS);
  return (
    <>
      {sections.map((s, i) => (
        <Section key={s.title} title={s.title} className={s.className} section={s.section} rows={rows[i]!} {...rest} />
      ))}
    </>
  );
}

function Section(props: {
  title: string;
  className?: string;
  section: OverviewSection;
  /** How many of its rows to draw now (Sections: the first screen, then all). */
  rows: number;
  conversations: Map<string, ConversationRecord>;
  busy: ReadonlySet<string>;
  now: number;
  timeZone: string;
  actions: RowActions;
}) {
  const { section } = props;
  if (section.count === 0) return null;
  const more = sectionMore(section);
  return (
    <section aria-label={props.title}>
      <h2 className={props.className} {...LISTS_PAINT_TIMING}>
        {sectionHeading(props.title, section)}
      </h2>
      <ul>
        {section.items.slice(0, props.rows).map((c) => (
          <CommitmentRow
            key={c.id}
            commitment={c}
            conversation={props.conversations.get(c.conversationId) ?? null}
            busy={props.busy.has(c.id)}
            now={props.now}
            timeZone={props.timeZone}
            actions={props.actions}
          />
        ))}
      </ul>
      {more !== null && <p className="muted">{more}</p>}
    </section>
  );
}
