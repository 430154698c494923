// User text (a region, a matter name, a type) written into generated YAML. Pasted into a template
// unquoted, "x\nissuers: [y]" would add a key; here every value goes through the yaml library's
// own quoting and is read back to prove it stays one scalar.
import { parse, stringify } from 'yaml';

const OPTIONS = { singleQuote: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** `value` as a block-context scalar (after "key: " or "- "): plain where YAML allows, else quoted. */
export function yamlScalar(value: string): string {
  const text = stringify(value, OPTIONS).trimEnd();
  return readsBack(text, value) ? text : JSON.stringify(value);
}

/** `value` as an entry of a flow sequence ("[a, b]"). */
export function yamlFlowItem(value: string): string {
  const text = stringify([value], { ...OPTIONS, collectionStyle: 'flow' }).trimEnd().slice(1, -1);
  return readsBack(`[${text}]`, [value]) ? text : JSON.stringify(value);
}

/** True for text that has no business in a one-line name: line breaks and other control characters. */
export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value);
}

function readsBack(text: string, expected: unknown): boolean {
  if (text.includes('\n')) return false;
  try {
    return JSON.stringify(parse(`v: ${text}`)?.v) === JSON.stringify(expected);
  } catch {
    return false;
  }
}
