// The site's downloads: the issued workbook always, its PDF where LibreOffice is present (made by
// src/print/pdf.ts), a one-line note where it is not; every other byte of the site the same on
// every run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSoffice } from '../pdf.js';
import { publishCopy } from './helpers.js';

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), base) : [relative(base, join(dir, e.name))])).sort();
}

describe('the site offers the list as PDF', () => {
  it.skipIf(!hasSoffice)('where LibreOffice is present: a PDF of the list in the downloads, linked from the index; the rest byte for byte the same', async () => {
    const first = await publishCopy(undefined, 'site', { pdf: true });
    expect(first.code).toBe(0);
    const downloads = readdirSync(join(first.site, 'downloads'));
    const pdf = downloads.find((f) => f.endsWith('.pdf'));
    expect(pdf).toBe('黄陂区文化和旅游市场领域属地管理事项清单（2025.1）.pdf');
    const bytes = readFileSync(join(first.site, 'downloads', pdf ?? ''));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const index = readFileSync(join(first.site, 'index.html'), 'utf8');
    const hrefs = [...index.matchAll(/href="([^"]+\.pdf)"/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    expect(hrefs).toEqual([`downloads/${pdf}`]);
    expect(index).toContain('清单（PDF，可直接打印）');
    expect(first.stderr).not.toContain('LibreOffice');

    const second = await publishCopy(undefined, 'site', { pdf: true });
    const names = files(first.site);
    expect(files(second.site)).toEqual(names);
    const differing = names.filter((f) => !readFileSync(join(first.site, f)).equals(readFileSync(join(second.site, f))));
    expect(differing.filter((f) => !f.endsWith('.pdf'))).toEqual([]);
  }, 180_000);

  it('without LibreOffice: the workbook alone, said in one line', async () => {
    const r = await publishCopy();
    expect(r.code).toBe(0);
    expect(readdirSync(join(r.site, 'downloads')).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(readdirSync(join(r.site, 'downloads')).some((f) => f.endsWith('.xlsx'))).toBe(true);
    const notes = r.stderr.split('\n').filter((l) => l.includes('LibreOffice'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('未找到 LibreOffice');
    expect(readFileSync(join(r.site, 'index.html'), 'utf8')).not.toContain('PDF，可直接打印');
  });
});
