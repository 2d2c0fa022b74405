// A message's own words, for hosts that do not mark what is not (every adapter runs it after its
// marked-quote/signature exclusion). Real mail arrives with unmarked parts that no selector can
// reach: Gmail leaves a plain "-- " signature and a Google Groups footer inside the body as text,
// Outlook writes its "From: … Sent: …" header above quoted history as plain paragraphs, and
// mailing lists append their footer after a line of underscores. Pure: strings in, string out.

/**
 * A line that starts quoted history: everything from it on is someone else's earlier words. The
 * patterns are built per call, not as module constants: a constant is built while the module loads,
 * outside any test, so mutation testing could not tell which tests read it and ran the whole hosts
 * suite for each of its mutants (tests/mutation/README.md). The engine caches compiled patterns.
 */
const historyStart = (): readonly RegExp[] => [
  /^On .{4,300} wrote: ?$/, // Gmail, Apple Mail, Thunderbird
  /^Le .{4,300} a écrit ?: ?$/i,
  /^Am .{4,300} schrieb .{0,200}$/,
  /^El .{4,300} escribió: ?$/i,
  /^Il giorno .{4,300} ha scritto: ?$/i,
  /^Op .{4,300} schreef .{0,200}$/,
  /^-{2,} ?(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine) ?-{2,}$/i,
];

/** A line that starts a signature or a mailing-list footer: everything from it on is not the message. */
const footerStart = (): readonly RegExp[] => [
  /^-- ?$/, // the signature delimiter (RFC 3676 "-- "); the trailing space is often lost
  /^You received this (?:message|email) because you are subscribed to /i, // Google Groups
  /^To unsubscribe from this (?:group|list|topic)/i,
  /^Sent from my (?:iPhone|iPad|Android|mobile|Galaxy|phone)\b/i,
  /^Get Outlook for (?:iOS|Android)\b/i,
];

/** Outlook's reply header, written as plain lines: "From: …" followed within a few lines by "Sent:"/"Date:". */
function startsReplyHeader(lines: readonly string[], i: number): boolean {
  if (!/^(?:From|De|Von|Van|Da) ?: .+/.test(lines[i] ?? '')) return false;
  for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
    if (/^(?:Sent|Date|Envoyé|Gesendet|Enviado|Inviato|Verzonden) ?: .+/.test(lines[j] ?? '')) return true;
  }
  return false;
}

/** "On Tue, 10 Jun 2025, Noah Kim <noah@…>" on one line and "wrote:" on the next (a wrapped attribution). */
function startsWrappedAttribution(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (!/^(?:On|Le|El|Am) \S/.test(line) || line.length > 300) return false;
  const next = lines[i + 1] ?? '';
  return /^.{0,120}(?:wrote|a écrit|escribió|schrieb)(?: ?:)? ?$/i.test(next) && !/[.!?]$/.test(line);
}

/** A separator line (underscores or dashes) that a mailing list or Outlook puts above its footer/header. */
function isRule(line: string | undefined): boolean {
  return /^(?:_{10,}|-{10,}|={10,})$/.test((line ?? '').trim());
}

function footerAfterRule(lines: readonly string[], i: number): boolean {
  if (!isRule(lines[i])) return false;
  const next = lines.slice(i + 1, i + 4).find((l) => l.trim() !== '') ?? '';
  // Mailman: "Listname mailing list"; Outlook: "From: …"; anything else after a long rule is kept.
  return /mailing list|^(?:From|De|Von) ?: /i.test(next);
}

/**
 * The text up to the first quoted history, signature delimiter or list footer; "> " quoted lines
 * dropped. Text with none of these comes back unchanged (trimmed).
 */
export function stripUnmarkedQuotes(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  const HISTORY_START = historyStart();
  const FOOTER_START = footerStart();
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (HISTORY_START.some((re) => re.test(line)) || FOOTER_START.some((re) => re.test(line))) break;
    if (
      startsReplyHeader(
        lines.map((l) => l.trim()),
        i,
      )
    )
      break;
    if (
      startsWrappedAttribution(
        lines.map((l) => l.trim()),
        i,
      )
    )
      break;
    if (footerAfterRule(lines, i)) break;
    if (/^>/.test(line)) continue;
    kept.push(lines[i] ?? '');
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
