// Writing drafts into adjustments/: YAML in the schema's key order (through fmt, so the file is
// already formatted), the editor modeline of the repository, atomically. A draft a person has
// already reviewed (no `status: draft` any more) is never overwritten.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatYaml } from '../fmt/format.js';
import type { Lang } from '../i18n/index.js';
import { schemaModeline } from '../import/modeline.js';
import { writeFileAtomic } from '../io/atomic.js';
import { asRecord } from '../load/data.js';
import { readYamlFile } from '../load/read.js';
import type { LawDraft } from './draft.js';

export type DraftOutcome = 'written' | 'same' | 'reviewed';

/** The draft's file text: modeline, then the record. */
export function draftText(draft: LawDraft, adjustmentsDir: string): string {
  const body = stringify(draft.adjustment, { lineWidth: 0, minContentWidth: 0, singleQuote: true });
  const modeline = schemaModeline(adjustmentsDir, 'adjustment');
  const text = `${modeline ? `${modeline}\n` : ''}${body}`;
  const formatted = formatYaml(text, 'adjustment', (s) => s);
  return formatted.ok ? formatted.text : text;
}

/** Writes `draft` as adjustments/<id>.yaml unless a reviewed record of that id is there. */
export function writeDraft(draft: LawDraft, adjustmentsDir: string, lang: Lang): { path: string; outcome: DraftOutcome } {
  const path = join(adjustmentsDir, `${draft.id}.yaml`);
  const text = draftText(draft, adjustmentsDir);
  if (existsSync(path)) {
    const read = readYamlFile(path, path);
    if (read.problems.length === 0 && asRecord(read.data)?.status !== 'draft') return { path, outcome: 'reviewed' };
    if (read.source?.text === text) return { path, outcome: 'same' };
  }
  writeFileAtomic(path, text, lang);
  return { path, outcome: 'written' };
}
