import type { Diagnostic } from '../types.js';
import { guardOutput } from './printable.js';
import type { Formatter } from './types.js';

// Escaping as in @actions/core: data escapes % CR LF; property values also escape : and ,.
// Control characters other than line breaks would reach the Actions log as terminal sequences.
const data = (s: string): string => guardOutput(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'), false);
const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per diagnostic. */
export const github: Formatter = (diagnostics) =>
  diagnostics.map((d) => annotation(d)).join('') ;

function annotation(d: Diagnostic): string {
  const props = [`file=${property(d.file)}`, `line=${d.line}`, `col=${d.column}`];
  if (d.endLine) props.push(`endLine=${d.endLine}`, `endColumn=${d.endColumn ?? d.column}`);
  props.push(`title=${property(d.rule)}`);
  const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(message)}\n`;
}
