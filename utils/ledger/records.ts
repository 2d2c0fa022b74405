// Small record helpers shared by the ledger's rooms (writes, queries, exchange).
import type { Due } from '../commitments/types';
import type { StoredCommitment } from './db';
import type { CommitmentRecord } from './types';
import { isRecord } from '../guards';

/** The record as callers see it: without the index-only `openDueAt`. */
export function strip(c: StoredCommitment): CommitmentRecord {
  const { openDueAt: _ignored, openWords: _words, ...rest } = c;
  return rest;
}

/** Reads a dotted key path ('reminder.snoozedUntil'). */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) cur = isRecord(cur) ? cur[k] : undefined;
  return cur;
}

/** Writes a dotted key path, making the objects on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur: Record<string, unknown> = obj;
  for (const k of keys.slice(0, -1)) {
    const next = cur[k];
    if (!isRecord(next)) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]!] = value;
}

/** Structural equality of JSON-like data; a key holding undefined counts as absent. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** Emails are kept trimmed and lower-case, so that one customer is one key. */
export function normalizeEmail(email: string | undefined): string | undefined {
  const e = email?.trim().toLowerCase();
  return e ? e : undefined;
}

/** A deadline as stored: a Due, or one made from epoch ms. */
export function dueFrom(value: Due | number | null): Due | null {
  if (value === null) return null;
  if (typeof value === 'number') return { at: new Date(value).toISOString(), text: '', precision: 'minute' };
  return { at: value.at, text: value.text, precision: value.precision };
}
