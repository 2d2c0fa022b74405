// Evidenced-only fixtures whose thread and editor no evidenced selector reaches: the host adapter
// reads what is evidenced (key, subject) and the page's structure reads the rest (evidenced.test.ts).
export const LADDER_ONLY = ['helpscout/evidenced-2024-09.html', 'intercom/evidenced-2021-12.html', 'freshdesk/evidenced-2021-12.html'];
