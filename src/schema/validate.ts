// The JSON Schemas in schema/ are the only statement of shape. This module compiles each once
// and turns ajv's errors into path-based findings with the schema's own Chinese titles.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Localize } from 'ajv-i18n/localize/types.js';
import localizeEn from 'ajv-i18n/localize/en/index.js';
import localizeZh from 'ajv-i18n/localize/zh/index.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { suggest } from '../suggest.js';
import type { DataPath } from '../types.js';

export type SchemaName = 'matter' | 'list' | 'units' | 'adjustment' | 'review' | 'consultation';

/** A schema violation at a data path, message already in the user's language. */
export interface SchemaFinding {
  path: DataPath;
  /** Point at the key rather than the value (unknown keys). */
  key: boolean;
  message: string;
  hint?: string;
}

interface SchemaNode {
  [keyword: string]: unknown;
  title?: string;
  description?: string;
  /** English description (an annotation; editors show `description`). */
  'x-description-en'?: string;
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
}

type Compiled = Record<SchemaName, ValidateFunction> & { schemas: Record<SchemaName, object> };

const validators = new Map<SchemaName, ValidateFunction>();
const schemas = new Map<SchemaName, SchemaNode>();
let compiled: Compiled | undefined;

/** Uses the validators compiled at build time (dist/schema/compiled.js) when they exist. */
export async function loadCompiledSchemas(): Promise<void> {
  if (compiled) return;
  try {
    compiled = (await import('./compiled.js')) as Compiled;
  } catch {
    // Running from sources (tests): validators are compiled on first use instead.
  }
}

function validator(name: SchemaName): ValidateFunction {
  if (compiled) return compiled[name];
  let v = validators.get(name);
  if (!v) {
    // Only without a build: ajv is loaded synchronously here so checkList can stay synchronous.
    const require = createRequire(import.meta.url);
    const { Ajv } = require('ajv') as typeof import('ajv');
    const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
    v = addFormats(new Ajv({ allErrors: true, strict: false, verbose: true })).compile(schemaOf(name));
    validators.set(name, v);
  }
  return v;
}

/** The schema document itself (titles, descriptions, property order), from the build or schema/. */
export function schemaOf(name: SchemaName): SchemaNode {
  const fromBuild = compiled?.schemas[name] as SchemaNode | undefined;
  if (fromBuild) return fromBuild;
  let schema = schemas.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8')) as SchemaNode;
    schemas.set(name, schema);
  }
  return schema;
}

/** The schema object that holds the failing keyword, found by walking `#/properties/…/keyword`. */
function parentSchema(name: SchemaName, schemaPath: string): SchemaNode {
  const segments = schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1);
  let node: unknown = schemaOf(name);
  for (const raw of segments) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return (node ?? {}) as SchemaNode;
}

/** Schema violations of `data`, or none. */
export function validateShape(name: SchemaName, data: unknown, lang: Lang): SchemaFinding[] {
  const validate = validator(name);
  if (validate(data)) return [];
  const errors = [...(validate.errors ?? [])];
  // The .d.ts says `export default`, the module is CommonJS `module.exports = fn`.
  const localize = (lang === 'zh' ? localizeZh : localizeEn) as unknown as Localize & { default?: Localize };
  (localize.default ?? localize)(errors);
  return errors.filter(notRedundant).map((e) => toFinding(e, parentSchema(name, e.schemaPath), lang, listTitle(name, e.schemaPath)));
}

// `if`/`anyOf` wrappers repeat what their branches said.
function notRedundant(e: ErrorObject): boolean {
  return e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf';
}

/** Title of the list whose item failed (`…/primary/items/minLength` → 主体责任). */
function listTitle(name: SchemaName, schemaPath: string): string | undefined {
  const segments = schemaPath.split('/');
  if (segments[segments.length - 2] !== 'items') return undefined;
  return parentSchema(name, segments.slice(0, -1).join('/')).title;
}

function toFinding(e: ErrorObject, parent: SchemaNode, lang: Lang, list?: string): SchemaFinding {
  const path = pointerToPath(e.instancePath);
  const last = path[path.length - 1];
  const field = typeof last === 'number' && list ? t(lang, 'schema.list-item', { list, index: last + 1 }) : label(parent, last, lang);
  if ((e.keyword === 'minLength' && e.data === '') || (e.keyword === 'minItems' && Array.isArray(e.data) && e.data.length === 0)) {
    return { path, key: false, message: t(lang, 'schema.empty', { field }), ...describe(parent, lang) };
  }
  if (e.keyword === 'required') {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    const child = parent.properties?.[missing];
    return {
      path: [...path, missing],
      key: false,
      message: t(lang, 'schema.required', { field: label(child ?? {}, missing, lang), where: field }),
      ...describe(child, lang),
    };
  }
  if (e.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    const allowed = Object.keys(parent.properties ?? {});
    const suggestion = suggest(extra, allowed);
    return {
      path: [...path, extra],
      key: true,
      message: t(lang, 'schema.unknown-key', { key: extra, where: field }),
      hint: t(lang, suggestion ? 'schema.unknown-key.hint-suggest' : 'schema.unknown-key.hint', {
        suggestion: suggestion ?? '',
        allowed: allowed.join(', '),
      }),
    };
  }
  if (e.keyword === 'enum' && parent.enum) {
    const allowed = parent.enum.map(String);
    const suggestion = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
    const list = allowed.join(lang === 'zh' ? '、' : ', ');
    return {
      path,
      key: false,
      message: t(lang, 'schema.enum', { field, value: shown(e.data) }),
      hint: suggestion ? t(lang, 'schema.enum.hint-suggest', { suggestion, allowed: list }) : t(lang, 'schema.enum.hint', { allowed: list }),
    };
  }
  return { path, key: false, message: keywordMessage(e, field, lang) ?? t(lang, 'schema.generic', { field, detail: e.message ?? e.keyword }), ...describe(parent, lang) };
}

/** The top-level parts of a document that do not have the shape the schema promises (the empty
 *  string for the document itself). Rules reading only other parts can still run; an unknown key
 *  breaks nothing that a rule reads. */
export function failedParts(findings: SchemaFinding[]): Set<string> {
  return new Set(findings.flatMap((f) => (f.key ? [] : [f.path.length === 0 ? WHOLE_DOCUMENT : String(f.path[0])])));
}

/** failedParts' name for "the whole document failed" (it is not an object, or not a map of parts). */
export const WHOLE_DOCUMENT = '';

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

function describe(node: SchemaNode | undefined, lang: Lang): { hint?: string } {
  const text = lang === 'en' ? (node?.['x-description-en'] ?? node?.description) : node?.description;
  return text ? { hint: text } : {};
}

function label(node: SchemaNode, key: string | number | undefined, lang: Lang): string {
  if (typeof key === 'number') return t(lang, 'schema.item', { index: key + 1 });
  if (key === undefined) return node.title ?? t(lang, 'schema.document');
  if (!node.title) return key;
  return lang === 'zh' ? `${node.title}（${key}）` : `${key} (${node.title})`;
}

// ajv names JSON types; the office thinks in YAML's: text, list, key–value block. Patterns and
// formats are said in words (the schema's description shows the form), never as a regex.
function keywordMessage(e: ErrorObject, field: string, lang: Lang): string | undefined {
  const params = e.params as { type?: string; limit?: number; i?: number; j?: number };
  switch (e.keyword) {
    case 'type': {
      const names = String(params.type).split(',').map((type) => t(lang, `schema.type.${type}`)).join(t(lang, 'schema.type.or'));
      return t(lang, 'schema.type', { field, type: names });
    }
    case 'pattern':
      return t(lang, 'schema.pattern', { field, value: shown(e.data) });
    case 'format':
      return t(lang, 'schema.format', { field, value: shown(e.data) });
    case 'minLength':
      return t(lang, 'schema.min-length', { field, limit: params.limit ?? 1 });
    case 'minItems':
      return t(lang, 'schema.min-items', { field, limit: params.limit ?? 1 });
    case 'uniqueItems':
      return t(lang, 'schema.unique-items', { field, first: (params.j ?? 0) + 1, second: (params.i ?? 0) + 1 });
    default:
      return undefined;
  }
}

function pointerToPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
