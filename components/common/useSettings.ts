// The agent's settings, live: every surface re-renders when the options page saves.
import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '@/utils/settings';

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS as Settings);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const stop = watchSettings((next) => setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
