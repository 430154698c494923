import type { Lang } from '../i18n/index.js';
import { hasMessage, t } from '../i18n/index.js';
import { valueAt } from '../load/data.js';
import { locate } from '../load/locate.js';
import type { ReadFile } from '../load/read.js';
import type { SyntaxProblem } from '../load/yaml.js';
import type { RuleFinding } from '../rules/index.js';
import type { SchemaFinding } from '../schema/validate.js';
import type { Diagnostic, RuleSetting, Severity } from '../types.js';

/** Builds positioned, translated diagnostics for one file. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];

  constructor(
    private readonly lang: Lang,
    private readonly settings: Record<string, RuleSetting> = {},
  ) {}

  syntax(file: ReadFile, p: SyntaxProblem): void {
    this.push({
      file: file.file,
      line: p.line,
      column: p.column,
      ...(p.endLine ? { endLine: p.endLine, endColumn: p.endColumn } : {}),
      severity: 'error',
      rule: p.code,
      message: t(this.lang, p.code, p.params),
      ...this.hint(p.code, p.params),
      path: [],
    });
  }

  schema(file: ReadFile, f: SchemaFinding): void {
    const at = file.source ? locate(file.source, f.path, { key: f.key }) : undefined;
    this.push({
      file: file.file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      ...(at ? { endLine: at.endLine, endColumn: at.endColumn } : {}),
      severity: 'error',
      rule: 'schema',
      message: f.message,
      ...(f.hint ? { hint: f.hint } : {}),
      path: f.path,
    });
  }

  finding(file: ReadFile, ruleId: string, defaultSeverity: Severity, f: RuleFinding): void {
    const rule = f.rule ?? ruleId;
    const setting = this.settings[rule] ?? this.settings[ruleId];
    if (setting === 'off') return;
    const severity = setting ?? f.severity ?? defaultSeverity;
    const at = file.source ? locate(file.source, f.path, { key: f.key, span: f.span, value: valueAt(file.data, f.path) }) : undefined;
    const key = f.message ?? rule;
    const params = f.params ?? {};
    this.push({
      file: file.file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      ...(at ? { endLine: at.endLine, endColumn: at.endColumn } : {}),
      severity,
      rule,
      message: t(this.lang, key, params),
      ...this.hint(f.hint ?? `${key}.hint`, params),
      path: f.path,
    });
  }

  /** Findings of a file made in an earlier run (the results cache), as they were. */
  adopt(file: string, findings: readonly Omit<Diagnostic, 'file'>[]): void {
    for (const f of findings) this.push({ file, ...f });
  }

  /** A finding about a file that is not YAML (a law text): no position but the file itself. */
  external(file: string, rule: string, message: string): void {
    this.push({ file, line: 1, column: 1, severity: 'error', rule, message, path: [] });
  }

  private hint(key: string, params: Record<string, string | number>): { hint?: string } {
    const hintKey = key.endsWith('.hint') ? key : `${key}.hint`;
    return hasMessage(this.lang, hintKey) || hasMessage('zh', hintKey) ? { hint: t(this.lang, hintKey, params) } : {};
  }

  private push(d: Diagnostic): void {
    this.list.push(d);
  }
}

/** File, line, column, rule: the order every formatter prints in. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) =>
      compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule) || compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
