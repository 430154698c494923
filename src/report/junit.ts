import { t } from '../i18n/index.js';
import type { Diagnostic } from '../types.js';
import type { Formatter } from './types.js';

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** JUnit XML: one test case per file with findings; errors are failures, warnings are system-out. */
export const junit: Formatter = (diagnostics, { lang, fileCount }) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const failures = [...byFile.values()].filter((ds) => ds.some((d) => d.severity === 'error')).length;
  const cases = [...byFile.entries()].map(([file, ds]) => {
    const errors = ds.filter((d) => d.severity === 'error');
    const lines = ds.map((d) => `${d.file}:${d.line}:${d.column} ${t(lang, `severity.${d.severity}`)} ${d.message}${d.hint ? ` ${d.hint}` : ''} [${d.rule}]`);
    const body = errors.length > 0
      ? `      <failure message="${xml(errors[0]?.message ?? '')}" type="${xml(errors[0]?.rule ?? '')}">${xml(lines.join('\n'))}</failure>\n`
      : `      <system-out>${xml(lines.join('\n'))}</system-out>\n`;
    return `    <testcase classname="dutylist.check" name="${xml(file)}">\n${body}    </testcase>\n`;
  });
  const passed = `    <testcase classname="dutylist.check" name="${xml(t(lang, 'report.junit.clean', { count: Math.max(fileCount - byFile.size, 0) }))}"/>\n`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<testsuites name="dutylist" tests="${cases.length + 1}" failures="${failures}">\n`,
    `  <testsuite name="dutylist check" tests="${cases.length + 1}" failures="${failures}" errors="0" skipped="0">\n`,
    ...cases,
    passed,
    '  </testsuite>\n',
    '</testsuites>\n',
  ].join('');
};
