/** A message a person can read, whatever was thrown (Error, DOMException, a string, a serialized error). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return 'unknown error';
}
