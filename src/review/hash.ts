// What a legality review passed: the matter's content, as a checksum. Taken over the parsed data
// with keys in a fixed order, so reformatting a file (fmt, comments, quoting) keeps the review,
// and any change of wording, unit or citation does not.
import { createHash } from 'node:crypto';
import type { Matter } from '../types.js';

/** `sha256:<hex>` of the matter's content. */
export function matterHash(matter: Matter): string {
  return `sha256:${createHash('sha256').update(canonical(matter)).digest('hex')}`;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  // Dates parsed by YAML as strings already (the schema asks for strings); trim nothing: text is text.
  return JSON.stringify(value ?? null);
}
