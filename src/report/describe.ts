import type { Lang } from '../i18n/index.js';
import { hasMessage, t } from '../i18n/index.js';
import { rules } from '../rules/index.js';

/** One-line description of a rule id, for SARIF rule metadata and summaries. */
export function describeRule(id: string, lang: Lang): string {
  const rule = rules.find((r) => r.id === id) ?? rules.find((r) => id.startsWith(`${r.id}/`));
  if (rule) return rule.description[lang];
  for (const key of [`rule.${id}`, `rule.${id.split('/')[0] ?? id}`]) if (hasMessage(lang, key)) return t(lang, key);
  return id;
}
