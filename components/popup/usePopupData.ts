// The popup's data: the overview (counts + first rows of each section, one index-only ledger query),
// reloaded on every ledger change, and the search results when the agent types.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PopupOverview } from '@/utils/ledger/service';
import type { CommitmentWithConversation } from '@/utils/ledger/types';
import { onMessage } from '@/utils/messaging/protocol';
import { describeError } from '@/utils/errors';
import { coalesced } from '@/utils/coalesce';
import { t } from '@/utils/i18n';
import { watchSettings, type Settings } from '@/utils/settings';
import { ledger, readOverview, ROWS_PER_SECTION, settledPrefetch, takePrefetched, type UndatedSection } from './overview-read';

export { ledger };

const SEARCH_DELAY_MS = 200;
const RELOAD_DELAY_MS = 100;

export interface PopupData {
  settings: Settings | null;
  overview: PopupOverview | null;
  /** Open commitments without a date ("No date yet"), oldest first. */
  undated: UndatedSection | null;
  /** When the overview was read (the sections are relative to it). */
  readAt: number;
  error: string | null;
  query: string;
  setQuery(q: string): void;
  results: CommitmentWithConversation[] | null;
  searching: boolean;
  reload(): void;
}

export function usePopupData(): PopupData {
  // The first read, when it answered before React rendered (the worker keeps the answers): drawn in
  // the first commit. The first load below takes the same answer, so it sets nothing new.
  const [first] = useState(settledPrefetch);
  const [settings, setSettings] = useState<Settings | null>(first?.settings ?? null);
  const [overview, setOverview] = useState<PopupOverview | null>(first?.overview ?? null);
  const [undated, setUndated] = useState<UndatedSection | null>(first?.undated ?? null);
  const [readAt, setReadAt] = useState(first?.readAt ?? 0);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CommitmentWithConversation[] | null>(null);
  const [searching, setSearching] = useState(false);
  /** Bumped on ledger changes, so open search results are read again. */
  const [generation, setGeneration] = useState(0);
  const settingsRef = useRef<Settings | null>(null);
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    try {
      // The first load was started by main.tsx before React mounted (prefetchOverview); later ones read now.
      const r = await (takePrefetched() ?? readOverview(settingsRef.current));
      // A change the settings watcher saw meanwhile stays (its reload follows).
      settingsRef.current ??= r.settings;
      setSettings(r.settings);
      setOverview(r.overview);
      setUndated(r.undated);
      setReadAt(r.readAt);
      setError(null);
    } catch (e) {
      setError(t('popupErrorLedger', describeError(e)));
    }
  }, []);

  // One read at a time, and one more after it when a change came meanwhile: two overlapping reads
  // could answer out of order and the older answer (missing the newest change) would stay on screen.
  const loadLatest = useMemo(() => coalesced(load), [load]);

  // Writes come in bursts (a Done from another window, an import): one reload per burst.
  const reload = useCallback(() => {
    if (reloadTimer.current) clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(() => void loadLatest(), RELOAD_DELAY_MS);
  }, [loadLatest]);

  useEffect(() => {
    void loadLatest();
    const stopLedger = onMessage('ledger:changed', () => {
      reload();
      setGeneration((g) => g + 1);
    });
    const stopSettings = watchSettings((next) => {
      settingsRef.current = next;
      reload();
    });
    return () => {
      stopLedger();
      stopSettings();
      if (reloadTimer.current) clearTimeout(reloadTimer.current);
    };
  }, [loadLatest, reload]);

  // The search reads every open commitment in the background, so it waits for a pause in typing.
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setResults(null);
      setSearching(false);
      return;
    }
    setSearching(true);
    let live = true;
    const timer = setTimeout(() => {
      ledger
        .search(q, ROWS_PER_SECTION)
        .then((r) => live && setResults(r))
        .catch((e: unknown) => live && setError(t('popupErrorSearch', describeError(e))))
        .finally(() => live && setSearching(false));
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, generation]);

  const reloadAll = useCallback(() => {
    reload();
    setGeneration((g) => g + 1);
  }, [reload]);

  return { settings, overview, undated, readAt, error, query, setQuery, results, searching, reload: reloadAll };
}
