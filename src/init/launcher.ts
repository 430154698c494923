// How to start dutylist again, for the "next commands" a command prints: the launcher at the root
// of a repository made by init, the repository's own bin/ when run from a checkout of the tool,
// else the installed command.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { TOOL_FILE } from './vendor.js';

export function launcherCommand(cwd: string, script: string | undefined = process.argv[1], platform: string = process.platform): string {
  if (script) {
    const toolsDir = dirname(script);
    const root = dirname(toolsDir);
    if (script.split(sep).join('/').endsWith(`/${TOOL_FILE}`) && existsSync(join(root, 'dutylist')) && root === cwd) {
      return platform === 'win32' ? 'dutylist' : './dutylist';
    }
    const rel = relative(cwd, script);
    if (/(^|[/\\])bin[/\\]dutylist\.js$/.test(rel) && !rel.startsWith('..')) return `node ${rel.split(sep).join('/')}`;
  }
  return 'dutylist';
}
