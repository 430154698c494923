// The Latin-word finder of the zh tests: what is left once keys, ids, paths, rule ids, file names,
// command and option names, option values and product names are set aside.
import { readFileSync } from 'node:fs';
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
  for (const name of ['matter', 'list', 'units', 'adjustment', 'review', 'consultation']) walk(JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8')));
  return keys;
}

const COMMANDS = ['dutylist', 'check', 'export', 'diff', 'init', 'new', 'fmt', 'import', 'stats', 'law', 'list', 'show', 'add', 'drafts', 'release', 'upgrade', 'review', 'filing', 'publish', 'consult', 'git', 'tag', 'commit', 'push', 'clone', 'fetch', 'describe', 'node', 'npm', 'ci', 'cd', 'cmd', 'soffice', 'origin', 'HEAD', 'run', 'build', 'python3'];
// Folder names the user types or sees as they are.
const FOLDERS = ['site', 'lists', 'matters', 'adjustments', 'laws', 'tools', 'schema', 'out', 'dist'];
// Values typed after an option or written into a file.
const VALUES = ['stylish', 'json', 'github', 'sarif', 'junit', 'table', 'text', 'markdown', 'xlsx', 'zh', 'en', 'error', 'warning', 'off', 'approved', 'rejected', 'draft', 'add', 'remove', 'modify', 'true', 'false', 'v'];
// Names of formats, standards and products, written the same in Chinese text.
const NAMES = ['YAML', 'JSON', 'Schema', 'UTF', 'GBK', 'GB18030', 'Tab', 'Excel', 'WPS', 'VS', 'Code', 'Node', 'js', 'GitHub', 'GitLab', 'Actions', 'CI', 'SARIF', 'JUnit', 'PDF', 'LibreOffice', 'Markdown', 'Windows', 'PowerShell', 'Linux', 'macOS', 'Red', 'Hat', 'YYYY', 'MM', 'DD', 'A4', 'T', 'KB', 'MB', 'ESC', 'CR', 'LF', 'CRLF', 'BOM', 'URL', 'ID', 'XML'];
const ALLOWED = new Set([...COMMANDS, ...FOLDERS, ...VALUES, ...NAMES, ...schemaKeys(), ...rules.map((r) => r.id)].map((w) => w.toLowerCase()));

/** Latin words left once keys, ids, paths, rule ids and command/option names are set aside. */
export function latinWords(text: string): string[] {
  const stripped = text
    .replace(/\{\w+\}/g, ' ') // placeholders
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|[\s（(“"'`［[、，,])--?[a-z][a-z-]*/g, ' ') // options
    .replace(/[\w.*~-]*\/[\w./*~-]*/g, ' ') // paths and rule ids
    .replace(/[\w*~-]*\.(ya?ml|md|mjs|js|json|xlsx|xml|cmd|tgz|msi|vsix|pdf)\b/gi, ' ') // file names
    .replace(/\B\.[a-z]{2,5}\b/g, ' ') // bare extensions (.xls)
    .replace(/\b[a-z]\w*\.[a-z]\w*\b/g, ' ') // dotted module names (http.server)
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ') // folder names and rule names (huangpi-culture-tourism)
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, ' ') // environment variables
    .replace(/\b[A-Z]{1,6}(?:-\d{3,5})?\b/g, ' ') // matter ids and their prefixes (WH-001, WH), 第X条
    .replace(/\bv?\d[\w.-]*/g, ' '); // numbers, versions, dates
  return [...stripped.matchAll(/[A-Za-z][A-Za-z0-9]*/g)].map((m) => m[0]).filter((w) => !ALLOWED.has(w.toLowerCase()));
}

