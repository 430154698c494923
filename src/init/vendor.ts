// The copy of the tool a list repository carries: the single-file build (no node_modules, no
// network: dutylist is not on a public registry and office intranets are often offline), the
// schemas editors read, and the two launchers at the root so the clerk types `dutylist check`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaOf, type SchemaName } from '../schema/validate.js';

/** Where the vendored files live, relative to the repository root (forward slashes). */
export const TOOL_FILE = 'tools/dutylist.mjs';
export const SCHEMA_DIR = 'tools/schema';
export const SCHEMA_NAMES: readonly SchemaName[] = ['matter', 'list', 'units', 'adjustment', 'review', 'consultation'];

/** A file of the vendored tool, ready to write. */
export interface ToolFile {
  /** Relative path with forward slashes. */
  path: string;
  content: string;
  /** Needs the executable bit (the sh launcher). */
  executable?: boolean;
}

/** The single-file build that is running (or, from the sources, the one `npm run build` made). */
export interface RunningBuild {
  path: string;
  text: string;
  version: string;
}

// The bundle's banner, written by scripts/bundle.mjs: "// dutylist 0.1.0 — single-file build".
const BANNER = /^(?:#![^\n]*\n)?\/\/ dutylist (\S+) — single-file build/;

/** The version a single-file build states in its banner. */
export function buildVersion(text: string): string | undefined {
  return BANNER.exec(text.slice(0, 300))?.[1];
}

/** Bundled, every module's import.meta.url is the bundle itself; from dist/init/ it is one folder
 *  up, from src/init/ (tests) under dist/. */
export function runningBuild(): RunningBuild | undefined {
  for (const candidate of [import.meta.url, '../dutylist.mjs', '../../dist/dutylist.mjs']) {
    try {
      const path = fileURLToPath(new URL(candidate, import.meta.url));
      if (!path.endsWith('.mjs')) continue;
      const text = readFileSync(path, 'utf8');
      const version = buildVersion(text);
      if (version) return { path, text, version };
    } catch {
      // Not there: try the next place.
    }
  }
  return undefined;
}

/** The tool, its schemas and the launchers, as files of a list repository. */
export function toolFiles(build: RunningBuild): ToolFile[] {
  return [
    { path: TOOL_FILE, content: build.text },
    ...SCHEMA_NAMES.map((name) => ({ path: `${SCHEMA_DIR}/${name}.schema.json`, content: `${JSON.stringify(schemaOf(name), null, 2)}\n` })),
    { path: 'dutylist', content: SH_LAUNCHER, executable: true },
    { path: 'dutylist.cmd', content: CMD_LAUNCHER },
  ];
}

/** Path of a vendored schema as seen from a file `depth` folders below the root. */
export function schemaPath(name: SchemaName, depth: number): string {
  return `${'../'.repeat(depth)}${SCHEMA_DIR}/${name}.schema.json`;
}

// Shell builtins only (no dirname): the CI image or a locked-down PATH may have little besides node.
const SH_LAUNCHER = `#!/bin/sh
# dutylist：运行本仓库 tools/ 中随附的版本（只需要 Node.js 20，不需要联网）。
case "$0" in
  */*) here="\${0%/*}" ;;
  *) here=. ;;
esac
exec node "$here/tools/dutylist.mjs" "$@"
`;

// cmd.exe reads a batch file in the console's code page, not UTF-8, so this file is ASCII only
// and uses CRLF line ends (.gitattributes keeps them). %~dp0 is the folder of this file, ending
// in a backslash; quoted, it survives spaces and Chinese in the path.
const CMD_LAUNCHER = ['@echo off', 'setlocal', 'node "%~dp0tools\\dutylist.mjs" %*', 'exit /b %ERRORLEVEL%', ''].join('\r\n');
