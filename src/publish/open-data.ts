// Open data: the list as JSON (with a JSON Schema built from the project's own schemas, so the
// published shape is the checked shape) and as CSV, one row per matter, for spreadsheet users.
import { matterCells } from '../export/cells.js';
import { schemaOf } from '../schema/validate.js';
import type { ListManifest } from '../types.js';
import { L } from './labels.js';
import type { SiteModel } from './model.js';
import { DATA_SCHEMA } from './paths.js';

/** Keys of list.yaml that describe the published list (the rest are repository settings). */
const PUBLISHED_LIST_KEYS = ['title', 'subtitle', 'region', 'domain', 'version', 'effective', 'issuers', 'filing_office', 'types'] as const;

export function openDataJson(model: SiteModel): string {
  const { manifest, onDate } = model.input;
  const data = {
    $schema: DATA_SCHEMA.split('/').pop(),
    list: publishedList(manifest),
    laws_on: onDate,
    matters: model.matters.map((m) => m.matter),
    adjustments: model.adjustments.map((a) => a.adjustment),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function openDataSchema(): string {
  const listSchema = schemaOf('list') as { properties?: Record<string, unknown>; required?: string[] };
  const keep = new Set<string>(PUBLISHED_LIST_KEYS);
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '属地管理事项清单（开放数据）',
    description: 'matters.json 的结构：清单信息（list）、核对法规所用的日期（laws_on）、按序号排列的事项（matters，数组中的位置即序号）、经批准的调整（adjustments）。事项和调整的结构与清单仓库中的 YAML 文件相同。',
    'x-description-en': 'Shape of matters.json: the list (list), the date law versions were taken on (laws_on), the matters in issued order (matters; position = 序号), the approved adjustments (adjustments). Matters and adjustments have the shape of the repository\'s YAML files.',
    type: 'object',
    additionalProperties: false,
    required: ['list', 'laws_on', 'matters', 'adjustments'],
    properties: {
      $schema: { type: 'string' },
      list: {
        title: '清单信息',
        type: 'object',
        additionalProperties: false,
        required: (listSchema.required ?? []).filter((k) => keep.has(k)),
        properties: Object.fromEntries(Object.entries(listSchema.properties ?? {}).filter(([k]) => keep.has(k))),
      },
      laws_on: { title: '法规版本日期', description: '引用的条文取此日施行的版本（YYYY-MM-DD）。', type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      matters: { title: '事项', type: 'array', items: { $ref: '#/definitions/matter' } },
      adjustments: { title: '经批准的调整', type: 'array', items: { $ref: '#/definitions/adjustment' } },
    },
    definitions: { matter: embedded(schemaOf('matter')), adjustment: embedded(schemaOf('adjustment')) },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export const CSV_COLUMNS = [L.seq, L.code, L.type, L.name, L.district, L.streetDuties, L.basis, L.primary, L.supporting, L.powerType, L.note];

/** UTF-8 with BOM and CRLF rows, so Excel opens it as Chinese text; multi-line cells quoted. */
export function openDataCsv(model: SiteModel): string {
  const rows = model.matters.map(({ seq, matter }) => {
    const [name = '', district = '', street = '', basis = '', primary = '', supporting = '', note = '', id = ''] = matterCells(matter);
    return [String(seq), id, matter.type, name, district, street, basis, primary, supporting, matter.power_type ?? '', note];
  });
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  // A cell starting with = + - @ is a formula to Excel: matter text is untrusted, so it is quoted as text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function publishedList(manifest: ListManifest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of PUBLISHED_LIST_KEYS) if (manifest[key] !== undefined) out[key] = manifest[key];
  return out;
}

function embedded(schema: object): object {
  const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
  return rest;
}
