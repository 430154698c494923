// One source row as a matter: cells cut into entries, unit aliases replaced by the names in the
// unit registry, pasted article text checked against the law registry. Whatever still does not
// fit is left as written for `check` to point at, and every change is noted for the import report.
import { articleOf, expandRefs, findInstrument, normaliseText, parseCitation, versionOn } from '../laws/index.js';
import type { DistrictDuty, Matter } from '../types.js';
import type { UnitIndex } from '../units.js';
import { splitBasis, type PastedText } from './basis.js';
import type { ImportTarget } from './list-context.js';
import type { SheetRow } from './rows.js';
import { cellLines, isHeadingLine, joinLine, splitDistrict, splitDuties, splitUnits, unwrap } from './split.js';
import type { Field } from './synonyms.js';

/** One thing the import did to a row, for the report: a message key and its parameters. */
export interface RowNote {
  kind: 'split' | 'joined' | 'normalised' | 'unknown' | 'kept' | 'dropped' | 'added' | 'missing';
  key: string;
  params: Record<string, string | number>;
}

export interface RowMatter {
  matter: Matter;
  notes: RowNote[];
  /** Units named in the row that the registry does not hold. */
  unknownUnits: string[];
}

/** What the header says about every row. */
export interface RowContext {
  /** The street column's header says the street cooperates (镇街配合职责). */
  streetSupports?: string;
}

const REQUIRED_TEXT: readonly Field[] = ['type', 'name', 'district', 'street', 'basis', 'primary'];

export function rowMatter(row: SheetRow, id: string, target: ImportTarget, context: RowContext = {}): RowMatter {
  const { cells } = row;
  const { units } = target;
  const notes: RowNote[] = [];
  const note = (kind: RowNote['kind'], key: string, params: Record<string, string | number> = {}): void => void notes.push({ kind, key, params });
  const unknownUnits: string[] = [];
  const full = (name: string, part: Field): string => {
    const registered = fullName(name, units);
    if (registered !== name) note('normalised', 'import.note.alias', { part, from: name, to: registered });
    else if (units && !units.byName.has(name)) unknownUnits.push(name);
    return registered;
  };

  const whole = target.unitNames;
  const primary = unique(splitUnits(cells.primary, whole).map((u) => full(u, 'primary')));
  const supporting = unique(splitUnits(cells.supporting, whole).map((u) => full(u, 'supporting')));
  if (context.streetSupports && units && ![...primary, ...supporting].some((u) => units.byName.get(u)?.kind === 'street')) {
    supporting.push(units.collective);
    note('added', 'import.note.street-supporting', { header: context.streetSupports, unit: units.collective });
  }
  const district = districtDuties(cells.district, leadDistrictUnit(primary, supporting, units), target, (u) => full(u, 'district'));
  const street = splitDuties(cells.street);
  const isUnit = (name: string): boolean => units !== undefined && units.byName.has(fullName(name, units));
  const dutyLines = cellLines(cells.district).filter((l) => !isHeadingLine(l, isUnit)).join('\n');
  countNote(note, 'district', dutyLines, district.reduce((n, d) => n + d.duties.length, 0));
  countNote(note, 'street', cells.street, street.length);

  const entries = splitBasis(cells.basis, target.knownTitles);
  countNote(note, 'basis', cells.basis, entries.length);
  const basis = entries.map((e) => e.citation);
  for (const citation of basis) {
    const fixed = target.normalise(citation);
    if (fixed !== citation) note('normalised', 'import.note.citation', { from: citation, to: fixed });
  }
  const quotes = entries.flatMap((e) => e.pasted).filter((p) => keepQuote(p, target, note));

  const extras = row.extras.map((e) => `${e.header}：${e.text}`);
  for (const e of row.extras) note('kept', 'import.note.kept', { header: e.header });
  const noteText = [unwrap(cells.note), ...extras].filter((s) => s !== '').join('\n');
  const matter: Matter = {
    id,
    type: cells.type,
    name: oneLine(cells.name),
    district,
    street: { duties: street },
    basis,
    responsibility: { primary, supporting },
    ...(cells.power_type ? { power_type: cells.power_type } : {}),
    ...(quotes.length > 0 ? { quotes: quotes.map((q) => ({ citation: q.citation, text: q.text })) } : {}),
    ...(noteText ? { note: noteText } : {}),
  };
  for (const part of REQUIRED_TEXT) if (cells[part] === '') note('missing', 'import.note.missing', { part });
  return { matter, notes, unknownUnits: unique(unknownUnits) };
}

/** Pasted article text is kept as a quote where the registry does not confirm it, so `check`
 *  shows where it differs; text the registry has word for word is noted and not repeated. */
function keepQuote(pasted: PastedText, target: ImportTarget, note: (kind: RowNote['kind'], key: string, params: Record<string, string | number>) => void): boolean {
  const verified = pastedMatches(pasted, target);
  note(verified ? 'dropped' : 'kept', verified ? 'import.note.quote-matches' : 'import.note.quote-kept', { citation: pasted.citation });
  return !verified;
}

const ITEM_LABEL = /[（(][一二三四五六七八九十]+[)）]/;
const ELLIPSIS = /……|…|\.{3,}/;

// Offices paste what the statute book prints: item numbers （一） and the lead-in of an item's
// paragraph included. So the text counts as confirmed when every piece of it (between …… and
// item numbers) is, in order, part of the cited articles as the version in force words them.
function pastedMatches(pasted: PastedText, target: ImportTarget): boolean {
  const law = parseCitation(pasted.citation).laws[0];
  const instrument = law && findInstrument(target.registry, law.title)?.instrument;
  const version = instrument && versionOn(instrument, target.onDate);
  if (!law || !version?.hasText || law.refs.length === 0) return false;
  const articles = expandRefs(law.refs, version).map((r) => articleOf(version, r.article, r.suffix));
  if (articles.some((a) => a === undefined)) return false;
  const source = normaliseText(articles.map((a) => a?.paragraphs.map((p) => p.text + p.items.map((i) => i.text).join('')).join('') ?? '').join(''));
  let from = 0;
  for (const piece of pasted.text.split(ELLIPSIS).flatMap((p) => p.split(ITEM_LABEL))) {
    const wanted = normaliseText(piece);
    if (wanted === '') continue;
    const at = source.indexOf(wanted, from);
    if (at < 0) return false;
    from = at + wanted.length;
  }
  return true;
}

function countNote(note: (kind: RowNote['kind'], key: string, params: Record<string, string | number>) => void, part: Field, text: string, count: number): void {
  const lines = cellLines(text).length;
  if (count > lines) note('split', 'import.note.split', { part, lines, count });
  else if (count < lines) note('joined', 'import.note.joined', { part, lines, count });
}

/** The unit that takes duties written without a unit heading: the first district unit carrying
 *  the primary responsibility, else the first one supporting; a unit the registry does not know
 *  counts as a district unit unless it reads like a street. '' when there is none. */
function leadDistrictUnit(primary: string[], supporting: string[], units: UnitIndex | undefined): string {
  if (!units) return primary[0] ?? '';
  const isDistrict = (name: string): boolean => {
    const kind = units.byName.get(name)?.kind;
    return kind === 'district' || (kind === undefined && !/街道|乡|镇/.test(name));
  };
  return primary.find(isDistrict) ?? supporting.find(isDistrict) ?? '';
}

function districtDuties(text: string, lead: string, target: ImportTarget, full: (name: string) => string): DistrictDuty[] {
  const { units } = target;
  const isUnit = (name: string): boolean => units !== undefined && units.byName.has(fullName(name, units));
  const byUnit = new Map<string, string[]>();
  for (const block of splitDistrict(text, isUnit, target.unitNames)) {
    const unit = block.unit === undefined ? lead : full(block.unit);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), ...block.duties]);
  }
  return [...byUnit].map(([unit, duties]) => ({ unit, duties }));
}

/** The registered name for a name or alias; brackets typed in ASCII are tried in full width. */
export function fullName(name: string, units: UnitIndex | undefined): string {
  if (!units) return name;
  const wide = name.replace(/\(/g, '（').replace(/\)/g, '）');
  for (const candidate of [name, wide]) {
    if (units.byName.has(candidate)) return candidate;
    const full = units.aliases.get(candidate);
    if (full) return full;
  }
  return name;
}

function oneLine(text: string): string {
  return cellLines(text).reduce((a, b) => (a === '' ? b : joinLine(a, b)), '');
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
