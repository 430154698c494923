// No English in Chinese output: every zh catalogue entry and every command's --help is searched
// for Latin-letter words. Allowed are what the user types or reads as-is: keys, ids, paths, file
// names, rule ids, command and option names, option values, and the names of formats and
// products that have no Chinese name (YAML, Excel, GitHub …).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { diffMessages } from '../../src/diff/messages.js';
import { messages as exportMessages } from '../../src/export/messages.js';
import { fmtMessages } from '../../src/fmt/messages.js';
import { zh } from '../../src/i18n/zh.js';
import { importMessages } from '../../src/import/messages.js';
import { initMessages } from '../../src/init/messages.js';
import { lawMessages } from '../../src/laws/messages.js';
import { releaseMessages } from '../../src/release/messages.js';
import { statsMessages } from '../../src/stats/messages.js';
import { rules } from '../../src/rules/index.js';

/** Keys of every schema, at any depth: the words of the YAML files themselves. */
function schemaKeys(): string[] {
  const keys: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props) keys.push(...Object.keys(props));
    for (const value of Object.values(node)) walk(value);
  };
  for (const name of ['matter', 'list', 'units', 'adjustment']) walk(JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8')));
  return keys;
}

const COMMANDS = ['dutylist', 'check', 'export', 'diff', 'init', 'new', 'fmt', 'import', 'stats', 'law', 'list', 'show', 'add', 'release', 'upgrade', 'review', 'publish', 'git', 'tag', 'commit', 'push', 'clone', 'fetch', 'describe', 'node', 'npm', 'ci', 'cd', 'cmd', 'soffice', 'origin', 'HEAD', 'run', 'build'];
// Values typed after an option or written into a file.
const VALUES = ['stylish', 'json', 'github', 'sarif', 'junit', 'table', 'text', 'markdown', 'xlsx', 'zh', 'en', 'error', 'warning', 'off', 'approved', 'rejected', 'add', 'remove', 'modify', 'true', 'false', 'v'];
// Names of formats, standards and products, written the same in Chinese text.
const NAMES = ['YAML', 'JSON', 'Schema', 'UTF', 'GBK', 'GB18030', 'Tab', 'Excel', 'WPS', 'VS', 'Code', 'Node', 'js', 'GitHub', 'GitLab', 'Actions', 'CI', 'SARIF', 'JUnit', 'PDF', 'LibreOffice', 'Markdown', 'Windows', 'PowerShell', 'Linux', 'macOS', 'Red', 'Hat', 'YYYY', 'MM', 'DD', 'A4', 'T', 'KB', 'MB', 'ESC', 'CR', 'LF', 'CRLF', 'BOM', 'URL', 'ID', 'XML'];
const ALLOWED = new Set([...COMMANDS, ...VALUES, ...NAMES, ...schemaKeys(), ...rules.map((r) => r.id)].map((w) => w.toLowerCase()));

/** Latin words left once keys, ids, paths, rule ids and command/option names are set aside. */
export function latinWords(text: string): string[] {
  const stripped = text
    .replace(/\{\w+\}/g, ' ') // placeholders
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|[\s（(“"'`［[])--?[a-z][a-z-]*/g, ' ') // options
    .replace(/[\w.*~-]*\/[\w./*~-]*/g, ' ') // paths and rule ids
    .replace(/[\w*~-]*\.(ya?ml|md|mjs|js|json|xlsx|xml|cmd|tgz|msi|vsix|pdf)\b/gi, ' ') // file names
    .replace(/\B\.[a-z]{2,5}\b/g, ' ') // bare extensions (.xls)
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ') // folder names and rule names (huangpi-culture-tourism)
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, ' ') // environment variables
    .replace(/\b[A-Z]{1,6}(?:-\d{3,5})?\b/g, ' ') // matter ids and their prefixes (WH-001, WH), 第X条
    .replace(/\bv?\d[\w.-]*/g, ' '); // numbers, versions, dates
  return [...stripped.matchAll(/[A-Za-z][A-Za-z0-9]*/g)].map((m) => m[0]).filter((w) => !ALLOWED.has(w.toLowerCase()));
}

const catalogues: Record<string, Record<string, string>> = {
  core: zh,
  laws: lawMessages.zh,
  export: exportMessages.zh,
  diff: diffMessages.zh,
  fmt: fmtMessages.zh,
  import: importMessages.zh,
  init: initMessages.zh,
  stats: statsMessages.zh,
  release: releaseMessages.zh,
};

describe('no Latin words in Chinese', () => {
  it.each(Object.entries(catalogues))('%s catalogue', (_, entries) => {
    const found = Object.entries(entries).flatMap(([key, text]) => latinWords(text).map((w) => `${key}: ${w}`));
    expect(found).toEqual([]);
  });

  it('rule descriptions', () => {
    expect(rules.flatMap((r) => latinWords(r.description.zh).map((w) => `${r.id}: ${w}`))).toEqual([]);
  });

  const helps = [[], ['check'], ['export'], ['diff'], ['init'], ['new'], ['fmt'], ['import'], ['stats'], ['release'], ['upgrade'], ['law'], ['law', 'list'], ['law', 'show'], ['law', 'diff'], ['law', 'add']];
  it.each(helps.map((h) => [h.join(' ') || '(dutylist)', h] as const))('%s --help', async (_, args) => {
    let out = '';
    const code = await main([...args, '--help'], { out: (s) => (out += s), err: (s) => (out += s), env: {}, isTTY: false });
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(100);
    expect(latinWords(out)).toEqual([]);
  });

  const mistakes = [['check', '--bogus'], ['chek'], ['init'], ['check', 'a', 'b'], ['stats', '--format', 'xml'], ['check', '--on'], ['--lang', 'fr', 'check'], ['law', 'bogus']];
  it.each(mistakes.map((m) => [m.join(' '), m] as const))('usage error: %s', async (_, args) => {
    let err = '';
    const code = await main([...args], { out: () => undefined, err: (s) => (err += s), env: {}, isTTY: false });
    expect(code).toBe(2);
    expect(err).toMatch(/^dutylist: .+\n$/);
    // What the user typed is echoed back as typed.
    expect(latinWords(err.replace(/^dutylist: /, '')).filter((w) => !args.some((a) => a.includes(w)))).toEqual([]);
  });

  it('the checker itself finds English', () => {
    expect(latinWords('缩进不正确：Flow sequence in block collection')).toEqual(['Flow', 'sequence', 'in', 'block', 'collection']);
    expect(latinWords('（可选：table、json, default: table）')).toEqual(['default']);
    expect(latinWords('用 dutylist law add 把 lists/laws/x.md 加入，见 unit/unknown 与 --max-warnings')).toEqual([]);
  });
});
