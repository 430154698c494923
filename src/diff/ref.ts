// A ref typed by a user goes to git as an argument, never through a shell; still, a ref that looks
// like an option (`--output=x`) or carries shell or range syntax is refused before git sees it.
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';

const MAX_REF_LENGTH = 200;
// Whitespace, control characters, shell metacharacters; `..`/`...` would make a range.
// Reflog forms such as main@{1} stay allowed: git alone reads them, no shell ever does.
const FORBIDDEN = /[\s\p{Cc};|&$`<>\\'"]|\.\./u;

/** Throws a one-line usage error unless `ref` can only name a revision. */
export function assertSafeRef(ref: string, option: string, lang: Lang): void {
  const shown = JSON.stringify(ref).slice(1, -1);
  if (ref === '') throw new UsageError(t(lang, 'diff.ref.empty', { option }));
  if (ref.startsWith('-')) throw new UsageError(t(lang, 'diff.ref.option', { option, ref: shown }));
  if (ref.length > MAX_REF_LENGTH || FORBIDDEN.test(ref) || ref.endsWith('.') || ref.endsWith('/')) {
    throw new UsageError(t(lang, 'diff.ref.invalid', { option, ref: shown }));
  }
}
