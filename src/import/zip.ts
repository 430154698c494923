// Reading the zip inside a workbook or a Word document with a budget: jszip reads the central
// directory, and every entry is inflated as a stream that stops once the archive as a whole passes
// MAX_INFLATED_BYTES — whatever sizes its directory claims.
import JSZip from 'jszip';
import { MAX_INFLATED_BYTES } from './limits.js';

/** The archive inflates past the limit. */
export class InflateLimitError extends Error {
  override name = 'InflateLimitError';
}

/** Bytes inflated so far, shared by every entry of one archive. */
export class InflateBudget {
  used = 0;

  constructor(readonly limit: number = MAX_INFLATED_BYTES) {}

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) throw new InflateLimitError(String(this.used));
  }
}

/** The archive's central directory; an archive whose entries declare more than the budget is
 *  refused here, before anything is inflated (a bomb that lies is stopped while streaming). */
export async function openZip(bytes: Uint8Array, budget: InflateBudget): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  let declared = 0;
  for (const entry of Object.values(zip.files)) declared += declaredSize(entry);
  if (declared > budget.limit) throw new InflateLimitError(String(declared));
  return zip;
}

// jszip keeps each entry's size from the central directory on the entry (not in its typings),
// read as a signed 32-bit number: 2.3 GB comes out negative.
function declaredSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  if (typeof size !== 'number' || !Number.isFinite(size)) return 0;
  return size < 0 ? size + 2 ** 32 : size;
}

/** Streams one entry as text, chunk by chunk; `onText` may throw to stop early. */
export async function streamEntry(zip: JSZip, name: string, budget: InflateBudget, onText: (text: string) => void): Promise<void> {
  const entry = zip.file(name);
  if (!entry) return;
  const decoder = new TextDecoder('utf-8');
  // jszip's stream is an old-style Readable (no async iteration); stopping it is pausing it and
  // letting it go, which also stops the inflating behind it.
  const stream = entry.nodeStream('nodebuffer');
  await new Promise<void>((resolve, reject) => {
    const stop = (e?: unknown): void => {
      stream.pause();
      stream.removeAllListeners('data');
      if (e === undefined) resolve();
      else reject(e);
    };
    stream.on('data', (chunk: Buffer) => {
      try {
        budget.spend(chunk.length);
        onText(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        stop(e);
      }
    });
    stream.on('error', (e: unknown) => stop(e instanceof Error ? e : new Error(String(e))));
    stream.on('end', () => {
      try {
        onText(decoder.decode());
        stop();
      } catch (e) {
        stop(e);
      }
    });
  });
}

/** Inflates every entry once, counting, so a bomb is refused before a parser holds any of it. */
export async function measureZip(zip: JSZip, budget: InflateBudget, onEntry: (name: string) => ((text: string) => void) | undefined = () => undefined): Promise<void> {
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name]?.dir) continue;
    const sink = onEntry(name);
    await streamEntry(zip, name, budget, sink ?? (() => undefined));
  }
}

/** One entry as text, within the budget. */
export async function entryText(zip: JSZip, name: string, budget: InflateBudget): Promise<string | undefined> {
  if (!zip.file(name)) return undefined;
  const parts: string[] = [];
  await streamEntry(zip, name, budget, (t) => void parts.push(t));
  return parts.join('');
}
