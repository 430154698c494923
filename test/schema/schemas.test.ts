// The schemas are the only statement of shape; every property explains itself in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'schema');

function nodes(node: unknown, path: string[] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(node)) return node.flatMap((v, i) => nodes(v, [...path, String(i)]));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  return [[path.join('/'), record], ...Object.entries(record).flatMap(([k, v]) => nodes(v, [...path, k]))];
}

describe.each(['matter', 'list', 'units', 'adjustment', 'consultation'])('%s.schema.json', (name) => {
  const schema = JSON.parse(readFileSync(join(dir, `${name}.schema.json`), 'utf8')) as Record<string, unknown>;

  it('is draft-07 and closed', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    for (const [path, node] of nodes(schema)) if (node.type === 'object' && !path.endsWith('rules')) expect(node.additionalProperties, path).toBe(false);
  });

  it('gives every property a Chinese title and description, and an English description', () => {
    for (const [path, node] of nodes(schema)) {
      if (!/properties\/[^/]+$/.test(path) || path.endsWith('/properties')) continue;
      if (!node.description) continue;
      expect(node.title, path).toMatch(/[\u4e00-\u9fff]/);
      expect(node.description, path).toMatch(/[\u4e00-\u9fff]/);
      expect(node['x-description-en'], path).toMatch(/[A-Za-z]/);
    }
  });
});
