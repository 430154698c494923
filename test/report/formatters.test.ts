import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatters, markdownSummary, type ReportOptions } from '../../src/report/index.js';
import type { Diagnostic } from '../../src/types.js';

const options: ReportOptions = { lang: 'zh', color: false, fileCount: 25, onDate: '2026-11-26', cwd: '/repo' };

const diagnostics: Diagnostic[] = [
  {
    file: 'lists/x/matters/WH-003.yaml', line: 14, column: 21, endLine: 14, endColumn: 26, severity: 'error',
    rule: 'citation/article-missing', message: '《娱乐场所管理条例》共 58 条，没有第九十八条: 100%, a,b', hint: '请核对\n条文序号。', path: ['basis', 0],
  },
  { file: 'lists/x/matters/WH-010.yaml', line: 9, column: 7, severity: 'warning', rule: 'duty/vague', message: '职责 <“配合做好相关工作”> & 没有写明', path: ['street', 'duties', 0] },
];

describe('stylish', () => {
  it('prints file:line:col, severity, message, rule and the hint, and no escape codes without colour', () => {
    const out = formatters.stylish(diagnostics, options);
    expect(out).toContain('lists/x/matters/WH-003.yaml:14:21  错误  ');
    expect(out).toContain('citation/article-missing');
    expect(out).toContain('→ 请核对');
    expect(out).not.toMatch(/\u001b\[/);
    expect(formatters.stylish(diagnostics, { ...options, color: true })).toMatch(/\u001b\[/);
  });
});

describe('github', () => {
  it('writes one annotation per diagnostic with the toolkit escaping', () => {
    const lines = formatters.github(diagnostics, options).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=lists\/x\/matters\/WH-003\.yaml,line=14,col=21,endLine=14,endColumn=26,title=citation\/article-missing::/);
    expect(lines[0]).toContain('100%25, a,b%0A请核对%0A条文序号。');
    expect(lines[1]).toMatch(/^::warning file=.*,line=9,col=7,title=duty\/vague::/);
  });

  it('escapes : and , in properties', () => {
    const out = formatters.github([{ ...diagnostics[1]!, file: 'a:b,c.yaml' }], options);
    expect(out).toContain('file=a%3Ab%2Cc.yaml,');
  });

  it('has a Markdown summary with a table row per diagnostic', () => {
    const md = markdownSummary(diagnostics, options);
    expect(md).toMatch(/^### /);
    expect(md.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(2);
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with rule metadata and regions', () => {
    const log = JSON.parse(formatters.sarif(diagnostics, options)) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('dutylist');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['citation/article-missing', 'duty/vague']);
    expect(run.tool.driver.rules.every((r) => r.shortDescription.text.length > 0)).toBe(true);
    expect(run.results[0]).toMatchObject({ ruleId: 'citation/article-missing', ruleIndex: 0, level: 'error' });
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 14, startColumn: 21 });
    expect(run.results[1]!.level).toBe('warning');
  });
});

describe('junit', () => {
  const out = formatters.junit(diagnostics, options);
  it('has a failing test case for the file with an error and escapes XML', () => {
    expect(out).toContain('<testcase classname="dutylist.check" name="lists/x/matters/WH-003.yaml">');
    expect(out).toContain('&lt;“配合做好相关工作”&gt; &amp;');
    expect(out).toMatch(/failures="1"/);
  });
  it.skipIf(spawnSync('python3', ['--version']).status !== 0)('parses as XML', () => {
    const r = spawnSync('python3', ['-c', 'import sys, xml.etree.ElementTree as E; E.fromstring(sys.stdin.buffer.read())'], { input: out });
    expect(r.status).toBe(0);
  });
});

describe('json', () => {
  it('carries the diagnostics and counts', () => {
    expect(JSON.parse(formatters.json(diagnostics, options))).toMatchObject({ matters: 25, errors: 1, warnings: 1, diagnostics });
  });
});
