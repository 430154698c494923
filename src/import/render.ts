// A matter as the file `fmt` would leave it: canonical key order, quoting and citation spelling,
// under the schema modeline of the repository it lands in.
import { formatYaml, type Normalise } from '../fmt/format.js';
import type { Matter } from '../types.js';

export function matterYaml(matter: Matter, normalise: Normalise, modeline: string | undefined): string {
  // JSON is YAML: the formatter reads it as fast as anything and writes the house style, so the
  // yaml library's own stringifier (a third of the cost of a large import) is not needed.
  const body = JSON.stringify(matter);
  const formatted = formatYaml(modeline ? `${modeline}\n${body}` : body, 'matter', normalise);
  // Text built by the yaml library always parses back; a failure here is a bug, not bad input.
  if (!formatted.ok) throw new Error(`import: generated YAML does not parse: ${formatted.message}`);
  return formatted.text;
}
