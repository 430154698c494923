// What the site shows, computed once from a checked list: matters in the issued order (the
// workbook's 序号), who they concern, their history and their linked citations.
import { sortMatters } from '../export/cells.js';
import type { LawRegistry } from '../laws/index.js';
import type { Adjustment, ListManifest, Matter } from '../types.js';
import type { UnitIndex } from '../units.js';
import { CitationLinker, type CitationPiece, type LawPageData } from './citations.js';
import { approvedAdjustments, historyByMatter, type HistoryEntry } from './history.js';
import { matterPage } from './paths.js';

export interface SiteInput {
  manifest: ListManifest;
  units: UnitIndex;
  registry: LawRegistry;
  /** Citations link to the law versions in force on this date (YYYY-MM-DD). */
  onDate: string;
  matters: readonly Matter[];
  adjustments: readonly Adjustment[];
}

export interface SiteMatter {
  /** 序号, as in the workbook. */
  seq: number;
  matter: Matter;
  page: string;
  /** Canonical names of the units carrying 主体责任 / 配合责任 (aliases resolved). */
  primary: string[];
  supporting: string[];
  /** The sub-districts the matter concerns: all of them when it names the collective. */
  streets: 'all' | string[];
  basis: CitationPiece[][];
  history: HistoryEntry[];
}

export interface SiteModel {
  input: SiteInput;
  matters: SiteMatter[];
  /** Units a reader can filter by (not sub-districts): the registry's order, then any others. */
  filterUnits: string[];
  /** Individual sub-districts, registry order. */
  streets: string[];
  adjustments: { adjustment: Adjustment; date: string }[];
  laws: LawPageData[];
}

export function siteModel(input: SiteInput): SiteModel {
  const { units } = input;
  const canonical = (name: string): string => units.aliases.get(name.trim()) ?? name.trim();
  const isStreet = (name: string): boolean => units.byName.get(name)?.kind === 'street';
  const linker = new CitationLinker(input.registry, input.onDate);
  const history = historyByMatter(input.adjustments);

  const matters = sortMatters(input.matters, input.manifest.types).map((matter, i): SiteMatter => {
    const primary = matter.responsibility.primary.map(canonical);
    const supporting = matter.responsibility.supporting.map(canonical);
    const named = [...primary, ...supporting].filter(isStreet);
    return {
      seq: i + 1,
      matter,
      page: matterPage(matter.id),
      primary,
      supporting,
      streets: named.includes(units.collective) ? 'all' : unique(named),
      basis: matter.basis.map((c) => linker.link(c, matter.id)),
      history: history.get(matter.id) ?? [],
    };
  });

  const named = new Set(matters.flatMap((m) => [...m.primary, ...m.supporting]));
  const filterUnits = unique([...units.names.filter((n) => named.has(n)), ...named]).filter((n) => !isStreet(n));
  const streets = units.names.filter((n) => isStreet(n) && n !== units.collective);
  return { input, matters, filterUnits, streets, adjustments: approvedAdjustments(input.adjustments), laws: linker.lawPages() };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
