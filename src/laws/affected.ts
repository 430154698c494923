// Which matters a new version of a law touches: every cited article that the revision moved,
// reworded or removed. A law's revision is the first trigger of a list adjustment.
import { parseCitation } from './citation.js';
import type { VersionComparison } from './compare.js';
import { expandRefs } from './ranges.js';
import { findInstrument, type LawRegistry } from './registry.js';

/** A matter's citation of an article the new version moved, reworded or removed. */
export interface AffectedCitation {
  matter: string;
  /** The article as cited, e.g. 第十七条. */
  article: string;
  change: 'moved' | 'changed' | 'removed';
  /** Where its content is now (moved) or went (removed into a merged article). */
  now?: string;
}

/** Citations in `matters` of articles of `comparison.older` that `comparison.newer` changed. */
export function affectedCitations(
  registry: LawRegistry,
  comparison: VersionComparison,
  matters: readonly { id: string; basis: readonly string[] }[],
): AffectedCitation[] {
  const out: AffectedCitation[] = [];
  const seen = new Set<string>();
  for (const matter of matters) {
    for (const basis of matter.basis) {
      for (const law of parseCitation(basis).laws) {
        const title = findInstrument(registry, law.title)?.instrument.title ?? law.title;
        if (title !== comparison.older.title) continue;
        for (const ref of expandRefs(law.refs, comparison.older)) {
          const mapping = comparison.mappings.find((m) => m.old?.number === ref.article && m.old.suffix === ref.suffix);
          if (!mapping?.old || mapping.change === 'unchanged' || mapping.change === 'added') continue;
          const key = `${matter.id}\0${mapping.old.label}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const now = mapping.new?.label ?? mapping.into?.article.label;
          out.push({ matter: matter.id, article: mapping.old.label, change: mapping.change, ...(now ? { now } : {}) });
        }
      }
    }
  }
  return out;
}
