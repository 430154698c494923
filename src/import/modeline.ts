// The `# yaml-language-server: $schema=…` line of a new matter file points at the schema of the
// repository the file lands in: the tool's own checkout keeps it in schema/, a repository made
// by `init` vendors it under tools/schema/. Where neither is found the line is left out rather
// than pointing nowhere.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The modeline for a new file in `folder` (matters/, adjustments/, reviews/ …) of the schema `name`. */
export function schemaModeline(folder: string, name: 'matter' | 'adjustment' | 'consultation' | 'review' = 'matter'): string | undefined {
  const places = [join('schema', `${name}.schema.json`), join('tools', 'schema', `${name}.schema.json`)];
  for (let dir = dirname(folder); ; dir = dirname(dir)) {
    for (const place of places) {
      const schema = join(dir, place);
      if (existsSync(schema)) return `# yaml-language-server: $schema=${relative(folder, schema).split(sep).join('/')}`;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
