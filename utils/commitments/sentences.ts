// Splits a message into sentences after dropping what its author did not write now: quoted
// replies ("> …", "On … wrote:", forwarded headers) and the signature.
import { clean, MAX_MESSAGE } from './text';

const QUOTE_HEADER =
  /^(?:On\s.{1,200}\swrote:|-{2,}\s*(?:Original|Forwarded)\s+Message\s*-{2,}|From:\s.+|Begin forwarded message:|_{5,})\s*$/i;
const SIGNATURE_START =
  /^(?:--\s*|—\s*|(?:best|kind|warm)?\s*regards,?|best(?:\s+wishes)?,?|thanks(?:\s+again)?,?|thank\s+you,?|many\s+thanks,?|cheers,?|sincerely,?|yours(?:\s+(?:truly|sincerely))?,?|sent\s+from\s+my\s+\w+.*)$/i;
const ABBREVIATIONS =
  /\b(?:mr|mrs|ms|dr|prof|sr|jr|st|vs|etc|e\.g|i\.e|approx|no|inc|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|a\.m|p\.m|u\.s|u\.k)\.$/i;

/** The part of a message its author wrote: no quoted history, no signature. */
function ownText(text: string): string {
  const lines = clean(text, MAX_MESSAGE).split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (QUOTE_HEADER.test(line)) break;
    if (/^>/.test(line)) continue;
    // A closing line followed only by short lines (name, title, phone) starts the signature.
    if (SIGNATURE_START.test(line) && kept.length > 0) {
      const tail = lines.slice(i + 1, i + 8).filter((l) => l.trim());
      if (tail.every((l) => l.trim().length < 60)) break;
    }
    kept.push(lines[i]!);
  }
  return kept.join('\n');
}

const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s/;
// A line cut by a wrap is long (the wrap comes near the width); short lines without a stop are list
// items, greetings and names ("restart the router", "Hi Maria,", "Maria Lopez").
const WRAPPED_MIN = 30;

/**
 * Lines a hard wrap split (a plain-text e-mail wrapped at 72–78 characters, a line break typed inside a
 * sentence): a long line that ends without closing punctuation, followed by one that starts in lower
 * case, is the same sentence ("Our billing team will send the replacement" / "by Friday."). A bullet
 * line, a short line and a line after a blank one stay apart.
 */
function wrapped(line: string): boolean {
  return line.trim().length >= WRAPPED_MIN && !/[.!?:;]["')\]]?\s*$/.test(line) && !BULLET.test(line);
}

function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev !== undefined && wrapped(prev) && /^\s*\p{Ll}/u.test(line)) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    } else out.push(line);
  }
  return out;
}

/** Sentences of the author's own text, each trimmed; empty ones dropped. */
export function splitSentences(text: string): string[] {
  const own = ownText(text);
  const out: string[] = [];
  // Every line is a paragraph of its own (bullets and blank-line paragraphs included), once a
  // hard-wrapped sentence is joined again: blank ones come out empty and are dropped below.
  for (const para of joinWrappedLines(own.split('\n'))) {
    const parts = para.split(/(?<=[.!?]["')\]]?)\s+(?=["'([]?[A-Z0-9@#])/);
    let buf = '';
    for (const p of parts) {
      buf = buf ? `${buf} ${p}` : p;
      if (ABBREVIATIONS.test(buf.trim())) continue;
      if (buf.trim()) out.push(buf.trim());
      buf = '';
    }
    if (buf.trim()) out.push(buf.trim());
  }
  return out;
}
