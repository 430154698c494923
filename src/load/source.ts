import { parseDocument, type Document } from 'yaml';

/** A YAML file's text with lazily built position information. */
export class SourceFile {
  private doc: Document | undefined;
  private lineStarts: number[] | undefined;

  constructor(
    /** Display path (relative, forward slashes). */
    readonly file: string,
    readonly text: string,
  ) {}

  /** The positioned document; parsed on first use only, since most files have no findings. */
  document(): Document {
    this.doc ??= parseDocument(this.text, { uniqueKeys: true, prettyErrors: false });
    return this.doc;
  }

  /** 1-based line and column (in UTF-16 units, as editors count) of a character offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
