// Type guards every layer uses on data from outside (storage, messages, files).

/** A plain object (not null, not an array): a record of fields to check one by one. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
