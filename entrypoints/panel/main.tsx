import '@/components/theme.css';
import '@/components/panel/panel.css';

// The first screen (the title and "Reading the page…", in index.html) is drawn before the panel's
// script is parsed and run: loaded with the page, that script (React, the date parser) ran before the
// first paint and held it for 100-300 ms on a busy machine. A frame callback runs before the paint and
// the task it starts after it; a frame the host keeps hidden (the panel collapsed) draws no frames, so
// the app loads after 100 ms at the latest.
let started = false;
function start(): void {
  if (started) return;
  started = true;
  void import('@/components/panel/mount').then(({ mountPanel }) => mountPanel(document.getElementById('root')!));
}
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 100);
