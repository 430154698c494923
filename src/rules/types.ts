import type { ReviewLookup } from '../check/reviews.js';
import type { LawRegistry } from '../laws/index.js';
import type { DataPath, ListManifest, Matter, Severity } from '../types.js';
import type { UnitIndex } from '../units.js';

/** What a rule may look at besides the matter itself. */
export interface RuleContext {
  /** File name without extension (the id the file claims). */
  fileId: string;
  manifest: ListManifest;
  units: UnitIndex;
  registry: LawRegistry;
  /** Check date: citations resolve against the law versions in force on it. */
  onDate: string;
  /** Date the matter's citations were written against: the list's effective date, or the
   *  latest approved adjustment of this matter. A citation right then but renumbered since is flagged. */
  citedOn: string;
  /** Every matter of the list, for uniqueness rules: id/name → file ids carrying it. */
  ids: Map<string, string[]>;
  names: Map<string, string[]>;
  /** The latest legality review of each matter (reviews/*.yaml), by matter id. */
  reviews: ReviewLookup;
}

/** A rule's finding: a data path and a message key with parameters, no prose. */
export interface RuleFinding {
  path: DataPath;
  /** Message key in the catalogue (defaults to the rule id). */
  message?: string;
  params?: Record<string, string | number>;
  /** Hint key in the catalogue (defaults to `<message>.hint` when it exists). */
  hint?: string;
  /** Point at the key rather than the value. */
  key?: boolean;
  /** Part of the string value at `path` (a citation inside a basis line). */
  span?: { start: number; end: number };
  /** Sub-rule id for families (citation/renumbered …) and its severity. */
  rule?: string;
  severity?: Severity;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: { zh: string; en: string };
  /** The parts of the matter the rule looks at: it runs whenever these passed the schema, even
   *  while another part of the file is still wrong, so one run shows every problem. */
  reads: readonly (keyof Matter)[];
  /** Compares the matter with the rest of the list (ctx.ids, ctx.names): such a rule runs once
   *  every file is read, on a matter holding only the parts it reads. */
  acrossFiles?: boolean;
  check(matter: Matter, ctx: RuleContext): RuleFinding[];
}
