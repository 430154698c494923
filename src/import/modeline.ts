// The `# yaml-language-server: $schema=…` line of a new matter file points at the schema of the
// repository the file lands in: the tool's own checkout keeps it in schema/, a repository made
// by `init` vendors it under tools/schema/. Where neither is found the line is left out rather
// than pointing nowhere.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const places = (name: string): string[] => [join('schema', `${name}.schema.json`), join('tools', 'schema', `${name}.schema.json`)];

/** The modeline for a file in `mattersDir` (or any folder of a list: reviews/ takes `review`). */
export function schemaModeline(mattersDir: string, name = 'matter'): string | undefined {
  for (let dir = dirname(mattersDir); ; dir = dirname(dir)) {
    for (const place of places(name)) {
      const schema = join(dir, place);
      if (existsSync(schema)) return `# yaml-language-server: $schema=${relative(mattersDir, schema).split(sep).join('/')}`;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
