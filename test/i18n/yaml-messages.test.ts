// The YAML parser's errors in the clerk's words: each mistake one finding, by code, in Chinese,
// an unclosed bracket or quote pointed at where it was opened.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { SourceFile } from '../../src/load/source.js';
import { parseYaml } from '../../src/load/yaml.js';
import { latinWords } from './latin.js';

const cases: [string, string, string, number][] = [
  ['unclosed [', 'id: T-001\nresponsibility:\n  primary: [区文化和旅游局\n  supporting: [各街道办事处]\nnote: x\n', 'yaml/unclosed-bracket', 3],
  ['unclosed {', 'id: T-001\ndelegation: {document: 某文件\nnote: x\n', 'yaml/unclosed-bracket', 2],
  ['{ closed by ]', 'id: T-001\nx: [a, {b: 1]\n', 'yaml/unclosed-bracket', 2],
  ['unclosed "', 'id: T-001\nname: "歌舞娱乐场所\nnote: x\n', 'yaml/unclosed-quote', 2],
  ["unclosed '", "id: T-001\nname: '歌舞娱乐场所\nnote: x\n", 'yaml/unclosed-quote', 2],
  ['"key: value" inside a value', 'id: T-001\nname: 监管: 巡查\n', 'yaml/block-as-implicit-key', 2],
  ['bad indentation', 'street:\n  duties:\n    - a\n   note: x\n', 'yaml/bad-indent', 4],
  ['two documents', 'id: T-001\n---\nid: T-002\n', 'yaml/multiple-docs', 2],
  ['value starting with @', 'id: T-001\nname: @某单位\n', 'yaml/bad-scalar-start', 2],
  ['bad escape', 'id: T-001\nname: "a\\qb"\n', 'yaml/bad-dq-escape', 2],
  ['stray ]', 'id: T-001\n]\n', 'yaml/unexpected-token', 2],
  ['missing comma', 'id: T-001\nx: ["a" "b"]\n', 'yaml/missing-comma', 2],
  ['a list inside brackets', 'id: T-001\nx: [a: - b]\n', 'yaml/block-in-flow', 2],
];

describe('YAML syntax errors', () => {
  it.each(cases)('%s', (_, text, code, line) => {
    const parsed = parseYaml(new SourceFile('T-001.yaml', text));
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.map((p) => [p.code, p.line])).toEqual([[code, line]]);
    for (const p of problems) {
      const zh = t('zh', p.code, p.params);
      expect(zh).not.toBe(p.code);
      expect(latinWords(zh)).toEqual([]);
      expect(t('en', p.code, p.params)).not.toBe(p.code);
    }
  });

  it('names the line where the bracket was opened, at its column', () => {
    const parsed = parseYaml(new SourceFile('T-001.yaml', cases[0]?.[1] ?? ''));
    const [problem] = parsed.ok ? [] : parsed.problems;
    expect(problem).toMatchObject({ line: 3, column: 12, params: { open: '[', close: ']', line: 3 } });
    expect(t('zh', problem?.code ?? '', problem?.params)).toBe('第 3 行的“[”没有对应的“]”：括号未闭合。');
  });
});
