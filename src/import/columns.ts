// The columns of an office's spreadsheet list, found by their header text (DOMAIN.md §2 plus the
// spellings offices commonly use), and the header row they sit on.

/** A column the importer reads, named by the matter part it fills. */
export type Field = 'seq' | 'type' | 'name' | 'district' | 'street' | 'basis' | 'primary' | 'supporting' | 'note' | 'id';

/** Header spellings per column; the first is the one the issued table uses. */
export const HEADERS: Record<Field, readonly string[]> = {
  seq: ['序号'],
  type: ['事项类型', '类型', '类别'],
  name: ['事项名称', '名称'],
  district: ['区级部门职责', '区级职能部门职责', '部门职责'],
  street: ['街道职责', '街道（乡）职责', '乡镇（街道）职责'],
  basis: ['法律法规及文件依据', '法律依据', '依据'],
  primary: ['主体责任', '主体责任单位'],
  supporting: ['配合责任', '配合责任单位', '配合单位'],
  note: ['备注'],
  id: ['事项编码', '编码'],
};

/** A header row needs this many known columns, so a title or a note line is never taken for one. */
export const MIN_HEADERS = 4;

/** Column index (0-based) of each field found. */
export type ColumnMap = Partial<Record<Field, number>>;

export interface Header {
  columns: ColumnMap;
  /** Index of the header row in the grid (0-based). */
  row: number;
  /** Index of the first data row: one further when the header spans two rows. */
  dataStart: number;
}

const LOOKUP = new Map<string, Field>(
  (Object.entries(HEADERS) as [Field, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [headerKey(n), field] as const)),
);

// Headers are often broken over lines or padded with spaces to fit a narrow column ("区级部门\n职责"),
// and typed with ASCII brackets; compare them without either.
function headerKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** The fields a row's cells name, first column wins. */
export function headerColumns(cells: readonly string[]): ColumnMap {
  const columns: ColumnMap = {};
  cells.forEach((text, i) => {
    const field = LOOKUP.get(headerKey(text));
    if (field !== undefined && columns[field] === undefined) columns[field] = i;
  });
  return columns;
}

export function isHeaderRow(cells: readonly string[]): boolean {
  return Object.keys(headerColumns(cells)).length >= MIN_HEADERS;
}

/** The first header row of a grid, merged with a second header row under it (a two-level header
 *  such as 责任划分 over 主体责任 | 配合责任). */
export function findHeader(grid: readonly (readonly string[])[]): Header | undefined {
  const row = grid.findIndex(isHeaderRow);
  if (row < 0) return undefined;
  const columns = headerColumns(grid[row] ?? []);
  const below = headerColumns(grid[row + 1] ?? []);
  if (Object.keys(below).length === 0) return { columns, row, dataStart: row + 1 };
  for (const [field, index] of Object.entries(below) as [Field, number][]) columns[field] ??= index;
  return { columns, row, dataStart: row + 2 };
}

/** Every header spelling, for the message that says what was looked for. */
export function knownHeaders(): string {
  return Object.values(HEADERS).map((names) => names.join('/')).join('；');
}
