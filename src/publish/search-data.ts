// What the index page's script searches, embedded in script files loaded by a tag, because a page
// opened from disk (file://) may not fetch() a JSON file beside it. Two files:
//
// - assets/search-index.js (loaded with the page): per matter what a result row shows and what the
//   filters test — sequence number, id, type, name, page, units, sub-districts;
// - assets/search-text.js (loaded once the page is up): the searchable text, one line per field
//   (each duty, each citation…), every distinct line stored once — lists repeat standard wording
//   ("受理街道移交的案件线索……") across many matters.
//
// Measured at 10,000 matters (see README): scanning the text for the query takes a few ms, while
// minisearch with a character-bigram tokenizer built a 45 MB index in 22 s that took 2 s to load.
// So there is no inverted index: lines are matched by substring, which is what a bigram index
// approximates for Chinese, where words are not separated by spaces.
import { L } from './labels.js';
import type { SiteModel } from './model.js';

/** Field labels in code order; a line of text starts with U+E000 + its field's code. */
export const SEARCH_FIELDS = [L.name, L.code, L.type, L.district, L.streetDuties, L.basis, L.primary, L.supporting, L.powerType, L.note];
const FIELD_MARK = 0xe000;

/** Words the script shows; kept in the data so the script itself stays plain ASCII. */
const UI = {
  total: L.total,
  found: '找到 {n} 项事项（共 {total} 项）。',
  none: '没有找到符合条件的事项。请换一个关键词，或清除部分条件。',
  shown: '下面列出前 {n} 项。',
  more: '再显示 {n} 项',
  loading: '正在载入全文……',
  caption: '查找结果',
  headers: [L.seq, L.type, L.name, L.primary, L.supporting],
};

export function searchIndexScript(model: SiteModel): string {
  const units = [...new Set(model.matters.flatMap((m) => [...m.primary, ...m.supporting]))];
  const unitIndex = new Map(units.map((u, i) => [u, i] as const));
  const streetIndex = new Map(model.streets.map((s, i) => [s, i] as const));
  const typeIndex = new Map(model.input.manifest.types.map((t, i) => [t, i] as const));
  const ids = (names: string[], index: Map<string, number>) => names.flatMap((n) => (index.has(n) ? [index.get(n) as number] : []));
  const matters = model.matters.map((m) => [
    m.seq,
    m.matter.id,
    typeIndex.get(m.matter.type) ?? -1,
    m.matter.name,
    m.page,
    m.matter.responsibility.primary.join('、'),
    m.matter.responsibility.supporting.join('、'),
    ids(m.primary, unitIndex),
    ids(m.supporting, unitIndex),
    m.streets === 'all' ? -1 : ids(m.streets, streetIndex),
  ]);
  return script('DUTYLIST_INDEX', { ui: UI, types: model.input.manifest.types, units, streets: model.streets, fields: SEARCH_FIELDS, matters });
}

export function searchTextScript(model: SiteModel): string {
  const lines: string[] = [];
  const lineIndex = new Map<string, number>();
  const intern = (field: number, text: string): number => {
    const line = String.fromCharCode(FIELD_MARK + field) + text.replace(/\s*\n\s*/g, ' ').trim();
    let i = lineIndex.get(line);
    if (i === undefined) lineIndex.set(line, (i = lines.push(line) - 1));
    return i;
  };
  const matters = model.matters.map(({ matter }) => [
    intern(0, matter.name),
    intern(1, matter.id),
    intern(2, matter.type),
    ...matter.district.flatMap((d) => d.duties.map((duty) => intern(3, `${d.unit}：${duty}`))),
    ...matter.street.duties.map((duty) => intern(4, duty)),
    ...matter.basis.map((c) => intern(5, c)),
    intern(6, matter.responsibility.primary.join('、')),
    intern(7, matter.responsibility.supporting.join('、')),
    ...(matter.power_type ? [intern(8, matter.power_type)] : []),
    ...(matter.note?.trim() ? [intern(9, matter.note)] : []),
  ]);
  return script('DUTYLIST_TEXT', { lines, matters });
}

// A JSON string parsed at run time loads several times faster than the same object as a literal;
// the byte order mark makes browsers read the file as UTF-8 even from a server that says otherwise;
// `<` is written \u003c so the file stays harmless even if someone pastes it into a page.
function script(name: string, data: unknown): string {
  return `\uFEFFwindow.${name}=JSON.parse(${JSON.stringify(JSON.stringify(data)).replace(/</g, '\\u003c')});\n`;
}
