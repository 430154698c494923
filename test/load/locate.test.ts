// The quick locator (a string written once) must agree with the parsed document everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/load/locate.js';
import { SourceFile } from '../../src/load/source.js';
import type { DataPath } from '../../src/types.js';

const matters = join(import.meta.dirname, '..', '..', 'lists', 'huangpi-culture-tourism', 'matters');

function stringsOf(data: unknown, path: DataPath = []): [DataPath, string][] {
  if (typeof data === 'string') return [[path, data]];
  if (Array.isArray(data)) return data.flatMap((v, i) => stringsOf(v, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => stringsOf(v, [...path, k]));
  return [];
}

describe('locate', () => {
  it.each(readdirSync(matters).filter((n) => n.endsWith('.yaml')))('%s: every string is found where the parser puts it', (name) => {
    const text = readFileSync(join(matters, name), 'utf8');
    const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    for (const [path, value] of stringsOf(data)) {
      const parsed = locate(new SourceFile(name, text), path);
      const quick = locate(new SourceFile(name, text), path, { value });
      expect(quick, JSON.stringify(path)).toEqual(parsed);
    }
  });

  it('falls back to the parser for a string written twice, quoted with escapes, or folded', () => {
    const text = 'a: [x1, x1]\nb: "say \\"hi\\""\nc: >\n  folded\n  text\n';
    for (const [path, value] of [[['a', 1], 'x1'], [['b'], 'say "hi"'], [['c'], 'folded text\n']] as [DataPath, string][]) {
      expect(locate(new SourceFile('t', text), path, { value })).toEqual(locate(new SourceFile('t', text), path));
    }
  });

  it('points inside a citation with a span', () => {
    const text = 'basis:\n  - 《娱乐场所管理条例》第二十三条、第九十八条\n';
    const value = '《娱乐场所管理条例》第二十三条、第九十八条';
    const span = { start: value.indexOf('第九十八条'), end: value.length };
    expect(locate(new SourceFile('t', text), ['basis', 0], { value, span })).toMatchObject({ line: 2, column: 21 });
    expect(locate(new SourceFile('t', text), ['basis', 0], { span })).toMatchObject({ line: 2, column: 21 });
  });
});
