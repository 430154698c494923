import { LineCounter, parseDocument, type Document } from 'yaml';

/** A YAML file's text with lazily built position information. */
export class SourceFile {
  private doc: Document | undefined;
  private lines: LineCounter | undefined;

  constructor(
    /** Display path (relative, forward slashes). */
    readonly file: string,
    readonly text: string,
  ) {}

  /** The positioned document; parsed on first use only, since most files have no findings. */
  document(): Document {
    if (!this.doc) {
      this.lines = new LineCounter();
      this.doc = parseDocument(this.text, {
        lineCounter: this.lines,
        uniqueKeys: true,
        prettyErrors: false,
      });
    }
    return this.doc;
  }

  /** 1-based line and column of a character offset. */
  position(offset: number): { line: number; column: number } {
    this.document();
    const pos = (this.lines as LineCounter).linePos(offset);
    return { line: pos.line, column: pos.col };
  }
}
