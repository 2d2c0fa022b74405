import '@/components/theme.css';
import '@/components/panel/panel.css';

// The first screen (the title and "Reading the page…", in index.html) is drawn while the panel's app
// (React, the date parser: 400 KB) is fetched and compiled: loaded with the page as one script, it
// ran before the first paint and held it for 100-300 ms on a busy machine. Imported from here, it
// comes in a later task, and the browser paints the first screen in between.
void import('@/components/panel/mount').then(({ mountPanel }) => mountPanel(document.getElementById('root')!));
