// Drafting for a checked list: which laws' newer versions its matters have not caught up with,
// and the draft records written for them (one per law and version).
import { citationDates, type CheckedList } from '../check/run.js';
import type { Lang } from '../i18n/index.js';
import type { Instrument } from '../laws/index.js';
import { allDrafts, draftFor, type DraftInput, type LawDraft } from './draft.js';
import { writeDraft, type DraftOutcome } from './draft-file.js';

export interface WrittenDraft {
  draft: LawDraft;
  path: string;
  outcome: DraftOutcome;
}

/** Writes the drafts the list needs, for one law (after `law add`) or all of them. */
export function writeDrafts(checked: CheckedList, today: string, lang: Lang, only?: Instrument): WrittenDraft[] {
  const input = draftInput(checked, today);
  const drafts = only ? [draftFor(only, input)].filter((d): d is LawDraft => d !== undefined) : allDrafts(input);
  return drafts.map((draft) => ({ draft, ...writeDraft(draft, checked.location.adjustmentsDir, lang) }));
}

function draftInput(checked: CheckedList, today: string): DraftInput {
  const effective = checked.manifest?.effective ?? today;
  return {
    registry: checked.registry,
    matters: checked.matters.map((m) => m.matter),
    citedOn: citationDates(effective, checked.adjustments.map((a) => a.adjustment)),
    today,
  };
}
