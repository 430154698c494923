// Writing a new version into list.yaml. Only the two values change: edited in the parser's
// concrete syntax tree, every other byte (comments, quoting, key order, blank lines) stays.
import { CST, Parser } from 'yaml';

export interface Stamp {
  version: string;
  effective: string;
}

/** The manifest text with `version` and `effective` replaced (or added at the end when absent). */
export function stampManifest(text: string, stamp: Stamp): string {
  const tokens = [...new Parser().parse(text)];
  const missing = new Map<string, string>([['version', stamp.version], ['effective', stamp.effective]]);
  for (const token of tokens) {
    if (token.type !== 'document' || token.value?.type !== 'block-map') continue;
    for (const item of token.value.items) {
      const key = item.key && CST.isScalar(item.key) ? item.key.source : undefined;
      const value = key === undefined ? undefined : missing.get(key);
      if (value === undefined || !item.value || !CST.isScalar(item.value)) continue;
      // A version like 2026.1 must stay a string: keep the quotes it had, or add them.
      const quoted = item.value.type === 'scalar' && key === 'version' ? 'QUOTE_SINGLE' : undefined;
      CST.setScalarValue(item.value, value, quoted ? { type: quoted } : {});
      missing.delete(key as string);
    }
  }
  let out = tokens.map((t) => CST.stringify(t)).join('');
  if (missing.size > 0) {
    if (!out.endsWith('\n')) out += '\n';
    for (const [key, value] of missing) out += `${key}: '${value}'\n`;
  }
  return out;
}
