import type { Lang } from '../i18n/index.js';
import { hasMessage, t } from '../i18n/index.js';
import { valueAt } from '../load/data.js';
import { locate } from '../load/locate.js';
import type { ReadFile } from '../load/read.js';
import type { SyntaxProblem } from '../load/yaml.js';
import type { RuleFinding } from '../rules/index.js';
import type { SchemaFinding } from '../schema/validate.js';
import type { Diagnostic, RuleSetting, Severity } from '../types.js';

/** Findings listed per file; the rest are counted in one closing line. Locating a finding costs
 *  up to a pass over its file, so this also bounds a run on a large file with many findings. */
export const MAX_FINDINGS_PER_FILE = 100;

interface Overflow {
  diagnostic: Diagnostic;
  errors: number;
  warnings: number;
}

/** Builds positioned, translated diagnostics for one file. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  private readonly listed = new Map<string, number>();
  private readonly overflow = new Map<string, Overflow>();

  constructor(
    private readonly lang: Lang,
    private readonly settings: Record<string, RuleSetting> = {},
  ) {}

  syntax(file: ReadFile, p: SyntaxProblem): void {
    if (!this.admit(file, 'error')) return;
    const params = problemParams(this.lang, p);
    this.push({
      file: file.file,
      line: p.line,
      column: p.column,
      ...(p.endLine ? { endLine: p.endLine, endColumn: p.endColumn } : {}),
      severity: 'error',
      rule: p.code,
      message: t(this.lang, p.message ?? p.code, params),
      ...this.hint(p.message ?? p.code, params),
      path: [],
    });
  }

  schema(file: ReadFile, f: SchemaFinding): void {
    if (!this.admit(file, 'error')) return;
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
    if (!this.admit(file, severity)) return;
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
  external(file: string, rule: string, message: string, severity: Severity = 'error', hint?: string): void {
    this.push({ file, line: 1, column: 1, severity, rule, message, path: [], ...(hint ? { hint } : {}) });
  }

  /** True while the file has room for one more listed finding; otherwise the finding is counted
   *  in the file's closing line (placed at the file's end, so it sorts last). */
  private admit(file: ReadFile, severity: Severity): boolean {
    const listed = this.listed.get(file.file) ?? 0;
    if (listed < MAX_FINDINGS_PER_FILE) {
      this.listed.set(file.file, listed + 1);
      return true;
    }
    let more = this.overflow.get(file.file);
    if (!more) {
      const end = file.source ? file.source.position(file.source.text.length) : { line: 1, column: 1 };
      const diagnostic: Diagnostic = { file: file.file, line: end.line, column: end.column, severity, rule: 'file/more-findings', message: '', path: [] };
      more = { diagnostic, errors: 0, warnings: 0 };
      this.overflow.set(file.file, more);
      this.push(diagnostic);
    }
    if (severity === 'error') more.errors++;
    else more.warnings++;
    const params = { count: more.errors + more.warnings, errors: more.errors, warnings: more.warnings };
    // The run fails as it would with every finding listed.
    more.diagnostic.severity = more.errors > 0 ? 'error' : 'warning';
    more.diagnostic.message = t(this.lang, 'file/more-findings', params);
    Object.assign(more.diagnostic, this.hint('file/more-findings', params));
    return false;
  }

  private hint(key: string, params: Record<string, string | number>): { hint?: string } {
    const hintKey = key.endsWith('.hint') ? key : `${key}.hint`;
    return hasMessage(this.lang, hintKey) || hasMessage('zh', hintKey) ? { hint: t(this.lang, hintKey, params) } : {};
  }

  private push(d: Diagnostic): void {
    this.list.push(d);
  }
}

/** A reading problem's message parameters; a special file's kind (fifo, device …) is said in
 *  the user's language. */
function problemParams(lang: Lang, p: SyntaxProblem): Record<string, string | number> {
  return typeof p.params.kind === 'string' ? { ...p.params, kind: t(lang, `file.kind.${p.params.kind}`) } : p.params;
}

/** A reading problem's message, for commands that print problems themselves (fmt). */
export function problemMessage(lang: Lang, p: SyntaxProblem): string {
  return t(lang, p.message ?? p.code, problemParams(lang, p));
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
