// The import fixtures: the shipped matters written out in the layouts real offices publish
// (DOMAIN.md §9), one file per layout under test/fixtures/import-<name>/. `layouts.test.ts`
// checks that the committed files are exactly what this module makes (run it with
// UPDATE_IMPORT_FIXTURES=1 to rewrite them) and that each imports as expected.
// Layouts marked `heldOut` were written after the header recogniser, without tuning it to them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry, type LawRegistry } from '../../src/laws/index.js';
import { sortMatters } from '../../src/export/cells.js';
import type { Matter, UnitRegistry } from '../../src/types.js';
import { indexUnits, type UnitIndex } from '../../src/units.js';
import { parse } from 'yaml';
import { basisCell, districtCell, dutiesCell, unitsCell } from './cell-styles.js';
import { csvText, docxBytes, gb18030Bytes, xlsxBytes, type Merge, type WordBlock, type WordCell } from './fixture-files.js';
import { LIST, readMatters, ROOT } from './helpers.js';

export interface Source {
  matters: Matter[];
  registry: LawRegistry;
  units: UnitIndex;
  types: string[];
}

/** What a layout's import must give back. */
export interface Expectation {
  /** Parts that equal the shipped matter's. */
  same: readonly ('type' | 'name' | 'district' | 'street' | 'basis' | 'responsibility')[];
  /** Data paths (first key) at which `check` may report errors: what the source lacks. */
  lacks?: readonly string[];
  /** The type comes from another vocabulary (the power type). */
  powerTypes?: boolean;
  /** Text the note must carry for every matter (an unknown column kept). */
  note?: RegExp;
}

export interface Layout {
  name: string;
  file: string;
  heldOut?: boolean;
  expect: Expectation;
  build: (source: Source) => Promise<Uint8Array> | Uint8Array;
}

const ON = '2026-01-01';
const ALL = ['type', 'name', 'district', 'street', 'basis', 'responsibility'] as const;

export function loadSource(): Source {
  const units = indexUnits(parse(readFileSync(join(ROOT, 'lists', 'units.yaml'), 'utf8')) as UnitRegistry);
  const manifest = parse(readFileSync(join(ROOT, LIST, 'list.yaml'), 'utf8')) as { types: string[] };
  const matters = sortMatters([...readMatters(join(ROOT, LIST, 'matters')).values()], manifest.types);
  return { matters, registry: loadRegistry(join(ROOT, 'lists', 'laws'), { cacheDir: false }), units, types: manifest.types };
}

/** Rows with the type written once per group and the cell merged down over the group. */
function typeMerges(matters: readonly Matter[], firstRow: number, column: number): Merge[] {
  const merges: Merge[] = [];
  let start = 0;
  for (let i = 1; i <= matters.length; i++) {
    if (i === matters.length || matters[i]?.type !== matters[start]?.type) {
      if (i - start > 1) merges.push([firstRow + start, column, firstRow + i - 1, column]);
      start = i;
    }
  }
  return merges;
}

function blankRepeatedTypes(rows: string[][], matters: readonly Matter[], column: number): string[][] {
  return rows.map((r, i) => (i > 0 && matters[i - 1]?.type === matters[i]?.type ? r.map((c, j) => (j === column ? '' : c)) : r));
}

const county: Layout = {
  name: 'county',
  file: '县级属地管理事项清单.xlsx',
  expect: { same: ALL },
  build: async ({ matters, registry, units }) => {
    const header = ['序号', '所属分类', '具体事项', '县级部门职责', '乡镇（街道）职责', '法律依据', '主体责任单位', '配合责任单位', '备注'];
    const data = matters.map((m, i) => [
      String(i + 1), m.type, m.name,
      districtCell(m.district, 'dot-inline', units, { short: true, inlineUnits: true }),
      dutiesCell(m.street.duties, 'dot-inline'),
      basisCell(m, registry, ON, { shortTitles: true, enumerate: true, oneLine: true }),
      unitsCell(m.responsibility.primary, units, true, '，'),
      unitsCell(m.responsibility.supporting, units, true, '，'),
      m.note ?? '',
    ]);
    const rows = [['附件2'], ['某县文化和旅游领域属地管理事项主体责任和配合责任清单'], header, ...blankRepeatedTypes(data, matters, 1)];
    return xlsxBytes(rows, [[2, 1, 2, 9], ...typeMerges(matters, 4, 2)], '清单', ['填表说明']);
  },
};

const township: Layout = {
  name: 'township',
  file: '乡镇履职事项清单.xlsx',
  expect: { same: ['name', 'district', 'street', 'basis', 'responsibility'], powerTypes: true },
  build: ({ matters, registry, units }) => {
    const header = ['编号', '权力类型', '事项内容', '区直部门职责', '镇街职责', '法律法规政策依据', '牵头部门', '协同部门'];
    const rows = [header, ...matters.map((m, i) => [
      String(i + 1), m.power_type ?? '', m.name,
      districtCell(m.district, 'paren-lines', units, { wrap: 24 }),
      dutiesCell(m.street.duties, 'circled-inline'),
      basisCell(m, registry, ON, { paste: true, pasteWrap: 22 }),
      unitsCell(m.responsibility.primary, units, false),
      unitsCell(m.responsibility.supporting, units, false),
    ])];
    return xlsxBytes(rows, [], '履职事项');
  },
};

const twoRow: Layout = {
  name: 'two-row',
  file: '职责边界清单.xlsx',
  expect: { same: ALL },
  build: ({ matters, registry, units }) => {
    const top = ['序号', '事项类别', '事项名称', '职责边界划分', '', '实施依据', '责任划分', '', '备注'];
    const below = ['', '', '', '县级部门', '乡镇(街道)', '', '主体责任单位', '配合责任单位', ''];
    const rows = [top, below, ...matters.map((m, i) => [
      String(i + 1), m.type, m.name,
      districtCell(m.district, 'comma-lines', units, { short: true }),
      dutiesCell(m.street.duties, 'shi-inline'),
      basisCell(m, registry, ON, { bare: true }),
      unitsCell(m.responsibility.primary, units, false),
      unitsCell(m.responsibility.supporting, units, false),
      m.note ?? '',
    ])];
    const merges: Merge[] = [[1, 4, 1, 5], [1, 7, 1, 8], ...[1, 2, 3, 6, 9].map((c): Merge => [1, c, 2, c])];
    return xlsxBytes(rows, merges);
  },
};

const cooperation: Layout = {
  name: 'cooperation',
  file: '镇街配合履职事项清单.xlsx',
  // The 2024–25 配合履职 list has neither a type nor a basis column: check reports exactly those.
  expect: { same: ['name', 'district', 'street'], lacks: ['type', 'basis'] },
  build: ({ matters, units }) => {
    const header = ['序号', '事项名称', '对应上级部门', '上级部门职责', '镇街配合职责'];
    const rows = [['配合履职事项清单'], header, ...matters.map((m, i) => [
      String(i + 1), m.name,
      unitsCell(m.district.map((d) => d.unit), units, false),
      districtCell(m.district, 'dot-lines', units),
      dutiesCell(m.street.duties, 'dot-lines'),
    ])];
    return xlsxBytes(rows, [[1, 1, 1, 5]], '配合履职');
  },
};

function wordHeader(): WordCell[][] {
  const v = (text: string): WordCell => ({ paragraphs: [text], vMerge: 'restart' });
  const c: WordCell = { paragraphs: [], vMerge: 'continue' };
  return [
    [v('序号'), v('事项类型'), v('事项名称'), { paragraphs: ['职责划分'], span: 2 }, v('法律法规及文件依据'), { paragraphs: ['责任单位'], span: 2 }, v('备注')],
    [c, c, c, { paragraphs: ['区级部门'] }, { paragraphs: ['街道'] }, c, { paragraphs: ['主体'] }, { paragraphs: ['配合'] }, c],
  ];
}

const word: Layout = {
  name: 'docx',
  file: '属地管理事项清单.docx',
  expect: { same: ALL },
  build: ({ matters, units }) => {
    const rowsOf = (list: readonly Matter[], offset: number): WordCell[][] => list.map((m, i) => {
      const first = i === 0 || list[i - 1]?.type !== m.type;
      const lines = (text: string): string[] => text.split('\n');
      return [
        { paragraphs: [String(offset + i + 1)] },
        first ? { paragraphs: [m.type], vMerge: 'restart' } : { paragraphs: [], vMerge: 'continue' },
        { paragraphs: [m.name] },
        { paragraphs: lines(districtCell(m.district, 'dot-lines', units)) },
        { paragraphs: lines(dutiesCell(m.street.duties, 'plain-lines')) },
        { paragraphs: m.basis },
        { paragraphs: lines(unitsCell(m.responsibility.primary, units, true, '\n')) },
        { paragraphs: lines(unitsCell(m.responsibility.supporting, units, true, '\n')) },
        { paragraphs: m.note ? [m.note] : [] },
      ];
    });
    // The table breaks across a page: Word repeats the two header rows on the next part.
    const cut = 12;
    const blocks: WordBlock[] = [
      { paragraph: '附件' },
      { paragraph: '某区文化和旅游市场领域属地管理事项清单' },
      { table: [...wordHeader(), ...rowsOf(matters.slice(0, cut), 0)], headerRows: 2 },
      { paragraph: '' },
      { table: [...wordHeader(), ...rowsOf(matters.slice(cut), cut)], headerRows: 2 },
    ];
    return docxBytes(blocks);
  },
};

const csv: Layout = {
  name: 'csv-gb18030',
  file: '清单（GBK）.csv',
  expect: { same: ALL },
  build: ({ matters, registry, units }) => {
    const header = ['序号', '事项类别', '事项名称', '区（县）级部门职责', '街道（乡镇）职责', '法律法规依据', '主体责任单位', '配合责任单位', '备注'];
    const rows = [header, ...matters.map((m, i) => [
      String(i + 1), m.type, m.name,
      districtCell(m.district, 'paren-inline', units, { short: true, inlineUnits: true }),
      dutiesCell(m.street.duties, 'paren-inline'),
      basisCell(m, registry, ON, { paste: true, pasteWrap: 30, shortTitles: true }),
      unitsCell(m.responsibility.primary, units, true),
      unitsCell(m.responsibility.supporting, units, true),
      m.note ?? '',
    ])];
    return gb18030Bytes(csvText(rows));
  },
};

const unknownColumn: Layout = {
  name: 'unknown-column',
  file: '清单（含联系电话）.xlsx',
  expect: { same: ALL, note: /联系电话：027-6138\d{4}/ },
  build: ({ matters, units }) => {
    const header = ['序号', '事项类型', '事项名称', '区级部门职责', '街道职责', '法律法规及文件依据', '主体责任', '配合责任', '联系电话', '备注'];
    const rows = [header, ...matters.map((m, i) => [
      String(i + 1), m.type, m.name,
      districtCell(m.district, 'dot-lines', units),
      dutiesCell(m.street.duties, 'dot-lines'),
      m.basis.join('\n'),
      unitsCell(m.responsibility.primary, units, false),
      unitsCell(m.responsibility.supporting, units, false),
      `027-6138${String(1000 + i)}`,
      m.note ?? '',
    ])];
    return xlsxBytes(rows);
  },
};

// Held out: written after the recogniser, headers as other offices might word them.
const heldProvince: Layout = {
  name: 'heldout-province',
  file: '县乡职责清单.xlsx',
  heldOut: true,
  expect: { same: ALL },
  build: ({ matters, registry, units }) => {
    const header = ['编号', '事项分类', '职责事项名称', '县（市、区）直部门主要职责', '乡镇人民政府（街道办事处）主要职责', '法律法规规章及规范性文件依据', '主责部门', '协办部门', '说明'];
    const rows = [header, ...matters.map((m, i) => [
      String(i + 1), m.type, m.name,
      districtCell(m.district, 'comma-lines', units, { short: true }),
      dutiesCell(m.street.duties, 'comma-lines'),
      basisCell(m, registry, ON, { enumerate: true }),
      unitsCell(m.responsibility.primary, units, true),
      unitsCell(m.responsibility.supporting, units, true),
      m.note ?? '',
    ])];
    return xlsxBytes(rows);
  },
};

const heldCity: Layout = {
  name: 'heldout-city',
  file: '市级清单.csv',
  heldOut: true,
  expect: { same: ALL },
  build: ({ matters, registry, units }) => {
    const header = ['序', '行业领域', '事项', '市级职能部门职责任务', '镇（街）履职内容', '政策法规依据', '责任主体', '配合主体', '备考'];
    const rows = [header, ...matters.map((m, i) => [
      String(i + 1), m.type, m.name,
      districtCell(m.district, 'dot-inline', units, { inlineUnits: true }),
      dutiesCell(m.street.duties, 'dot-inline'),
      basisCell(m, registry, ON, { shortTitles: true }),
      unitsCell(m.responsibility.primary, units, false),
      unitsCell(m.responsibility.supporting, units, false),
      m.note ?? '',
    ])];
    return new TextEncoder().encode(`\ufeff${csvText(rows)}`);
  },
};

const heldWord: Layout = {
  name: 'heldout-word',
  file: '分类表格清单.docx',
  heldOut: true,
  expect: { same: ALL },
  build: ({ matters, units, types }) => {
    const header: WordCell[] = ['序号', '事项名称', '县级职能部门承担的职责', '乡镇（街道）承担的职责', '设定依据', '主体责任部门', '配合部门', '备注'].map((t) => ({ paragraphs: [t] }));
    const blocks: WordBlock[] = [{ paragraph: '某县属地管理事项清单' }];
    types.forEach((type, k) => {
      const group = matters.filter((m) => m.type === type);
      if (group.length === 0) return;
      blocks.push({ paragraph: `${'一二三四五六七八九十'[k] ?? ''}、${type}` });
      blocks.push({ table: [header, ...group.map((m, i): WordCell[] => [
        { paragraphs: [String(i + 1)] },
        { paragraphs: [m.name] },
        { paragraphs: districtCell(m.district, 'dot-lines', units).split('\n') },
        { paragraphs: dutiesCell(m.street.duties, 'dot-lines').split('\n') },
        { paragraphs: m.basis },
        { paragraphs: [unitsCell(m.responsibility.primary, units, false)] },
        { paragraphs: [unitsCell(m.responsibility.supporting, units, false)] },
        { paragraphs: m.note ? [m.note] : [] },
      ])], headerRows: 1 });
    });
    return docxBytes(blocks);
  },
};

const heldTwoRow: Layout = {
  name: 'heldout-two-row',
  file: '县乡职责划分表.xlsx',
  heldOut: true,
  expect: { same: ALL },
  build: ({ matters, registry, units }) => {
    const top = ['序号', '类型', '事项名称', '县乡职责划分', '', '法定依据', '责任主体', ''];
    const below = ['', '', '', '县级', '乡镇', '', '主责单位', '配合单位'];
    const rows = [top, below, ...matters.map((m, i) => [
      String(i + 1), m.type, m.name,
      districtCell(m.district, 'paren-lines', units),
      dutiesCell(m.street.duties, 'paren-lines'),
      basisCell(m, registry, ON, {}),
      unitsCell(m.responsibility.primary, units, false),
      unitsCell(m.responsibility.supporting, units, false),
    ])];
    return xlsxBytes(rows, [[1, 4, 1, 5], [1, 7, 1, 8], ...[1, 2, 3, 6].map((c): Merge => [1, c, 2, c])]);
  },
};

// A second held-out set, written once the first had been used to improve the recogniser.
const heldCountyNotes: Layout = {
  name: 'heldout-county-notes',
  file: '县直部门与乡镇职责清单.xlsx',
  heldOut: true,
  expect: { same: ALL },
  build: ({ matters, registry, units }) => {
    const header = ['序号', '事项类别', '事项名称及内容', '', '县直相关部门工作职责', '镇（乡、街道）工作职责', '法律法规及政策依据', '责任主体单位', '协同配合单位', '备注说明'];
    const rows = [['附件1'], ['县直部门与乡镇（街道）职责清单'], ['填报单位：县委编办'], header, ...matters.map((m, i) => [
      String(i + 1), m.type, m.name, '',
      districtCell(m.district, 'comma-lines', units, { wrap: 18 }),
      dutiesCell(m.street.duties, 'comma-lines', 18),
      basisCell(m, registry, ON, { oneLine: true }),
      unitsCell(m.responsibility.primary, units, false),
      unitsCell(m.responsibility.supporting, units, false),
      m.note ?? '',
    ])];
    return xlsxBytes(rows, [[2, 1, 2, 10], [3, 1, 3, 10]]);
  },
};

const heldRights: Layout = {
  name: 'heldout-rights',
  file: '权责边界清单.csv',
  heldOut: true,
  expect: { same: ALL },
  build: ({ matters, registry, units }) => {
    const header = ['编号', '所属领域', '权责事项', '部门职责边界', '属地职责边界', '依据条款', '主责单位', '配合单位'];
    const rows = [header, ...matters.map((m, i) => [
      String(i + 1), m.type, m.name,
      districtCell(m.district, 'circled-inline', units, { inlineUnits: true }),
      dutiesCell(m.street.duties, 'circled-inline'),
      basisCell(m, registry, ON, { enumerate: true, shortTitles: true }),
      unitsCell(m.responsibility.primary, units, true),
      unitsCell(m.responsibility.supporting, units, true),
    ])];
    return gb18030Bytes(csvText(rows));
  },
};

const heldWordTwoRow: Layout = {
  name: 'heldout-word-two-row',
  file: '职责清单（两级表头）.docx',
  heldOut: true,
  expect: { same: ALL },
  build: ({ matters, units }) => {
    const v = (text: string): WordCell => ({ paragraphs: [text], vMerge: 'restart' });
    const c: WordCell = { paragraphs: [], vMerge: 'continue' };
    const head: WordCell[][] = [
      [v('序号'), v('类别'), v('事项'), { paragraphs: ['职责清单'], span: 2 }, v('法定依据'), { paragraphs: ['责任分工'], span: 2 }],
      [c, c, c, { paragraphs: ['部门'] }, { paragraphs: ['街道'] }, c, { paragraphs: ['牵头'] }, { paragraphs: ['配合'] }],
    ];
    const body = matters.map((m, i): WordCell[] => [
      { paragraphs: [String(i + 1)] },
      { paragraphs: [m.type] },
      { paragraphs: [m.name] },
      { paragraphs: districtCell(m.district, 'paren-lines', units).split('\n') },
      { paragraphs: dutiesCell(m.street.duties, 'paren-lines').split('\n') },
      { paragraphs: m.basis },
      { paragraphs: [unitsCell(m.responsibility.primary, units, false)] },
      { paragraphs: [unitsCell(m.responsibility.supporting, units, false)] },
    ]);
    return docxBytes([{ table: [...head, ...body], headerRows: 2 }]);
  },
};

export const LAYOUTS: readonly Layout[] = [
  county, township, twoRow, cooperation, word, csv, unknownColumn,
  heldProvince, heldCity, heldWord, heldTwoRow,
  heldCountyNotes, heldRights, heldWordTwoRow,
];

export function fixturePath(layout: Layout): string {
  return join(ROOT, 'test', 'fixtures', `import-${layout.name}`, layout.file);
}
