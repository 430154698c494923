// Bounded cost on every input (issue 13, item 5): a file that inflates to gigabytes, a sheet of
// a million rows, a special file or an old format is one line and exit 2, at once.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/commands/import.js';
import { InputError, UsageError } from '../../src/errors.js';
import { MAX_IMPORT_ROWS, MAX_INFLATED_BYTES } from '../../src/import/limits.js';
import { dutylist } from '../e2e/cli.js';
import { rawZip } from './fixture-files.js';
import { capture, copyLists, LIST } from './helpers.js';

async function refusal(cwd: string, file: string): Promise<Error> {
  const started = Date.now();
  const error = await importCommand(file, LIST, {}, capture(cwd).ctx).then(() => new Error('imported'), (e: unknown) => e as Error);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(error.message).not.toContain('\n');
  expect(error instanceof InputError || error instanceof UsageError, error.message).toBe(true);
  return error;
}

/** `size` spaces, deflated (a few hundred KB). */
function spaces(size: number): { deflated: Uint8Array; crc: number } {
  const whole = Buffer.alloc(size, 0x20);
  return { deflated: deflateRawSync(whole, { level: constants.Z_BEST_COMPRESSION }), crc: crc32(whole) };
}

const OFFICE = ['[Content_Types].xml', 'xl/workbook.xml'].map((name) => {
  const data = Buffer.from('<?xml version="1.0"?><x/>');
  return { name, deflated: deflateRawSync(data), crc: crc32(data), declared: data.length };
});

describe('import refuses in one line', () => {
  const bomb = spaces(MAX_INFLATED_BYTES + (16 << 20));

  it('a workbook whose entries declare more than the inflate limit, before inflating', async () => {
    const cwd = copyLists();
    writeFileSync(join(cwd, 'bomb.xlsx'), rawZip([...OFFICE, { name: 'xl/worksheets/sheet1.xml', ...bomb, declared: MAX_INFLATED_BYTES + (16 << 20) }]));
    expect((await refusal(cwd, 'bomb.xlsx')).message).toMatch(/解压后超过 128 MB/);
    // 2 MB that claims 2.3 GB: a size past 2^31, which the zip reader reports as negative.
    writeFileSync(join(cwd, 'giant.xlsx'), rawZip([...OFFICE, { name: 'xl/worksheets/sheet1.xml', ...spaces(1024), declared: 2_469_606_195 }]));
    expect((await refusal(cwd, 'giant.xlsx')).message).toMatch(/解压后超过 128 MB/);
  });

  it('a workbook or document that lies about its sizes, while inflating', async () => {
    const cwd = copyLists();
    const zip = rawZip([...OFFICE, { name: 'xl/worksheets/sheet1.xml', ...bomb, declared: 1000 }]);
    writeFileSync(join(cwd, 'liar.xlsx'), zip);
    writeFileSync(join(cwd, 'liar.docx'), zip);
    expect((await refusal(cwd, 'liar.xlsx')).message).toMatch(/解压后超过/);
    expect((await refusal(cwd, 'liar.docx')).message).toMatch(/解压后超过/);
  });

  it('a sheet with more rows than one import takes, without reading them all', async () => {
    const cwd = copyLists();
    const rows = Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${i}</t></is></c></row>`).join('');
    const sheet = Buffer.from(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);
    writeFileSync(join(cwd, 'rows.xlsx'), rawZip([...OFFICE, { name: 'xl/worksheets/sheet1.xml', deflated: deflateRawSync(sheet), crc: crc32(sheet), declared: sheet.length }]));
    expect((await refusal(cwd, 'rows.xlsx')).message).toContain(`上限 ${MAX_IMPORT_ROWS} 行`);
    writeFileSync(join(cwd, 'rows.csv'), `序号,事项名称\n${Array.from({ length: MAX_IMPORT_ROWS + 5 }, (_, i) => `${i},事项${i}`).join('\n')}`);
    expect((await refusal(cwd, 'rows.csv')).message).toContain(`上限 ${MAX_IMPORT_ROWS} 行`);
  });

  it('old formats, encrypted or renamed files, a file too large, and special files', async () => {
    const cwd = copyLists();
    writeFileSync(join(cwd, 'old.xls'), 'x');
    writeFileSync(join(cwd, 'old.wps'), 'x');
    writeFileSync(join(cwd, 'ole.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const big = openSync(join(cwd, 'big.csv'), 'w');
    ftruncateSync(big, 65 * 1024 * 1024);
    closeSync(big);
    expect((await refusal(cwd, 'old.xls')).message).toContain('另存为 .xlsx');
    expect((await refusal(cwd, 'old.wps')).message).toContain('另存为 .docx');
    expect((await refusal(cwd, 'ole.xlsx')).message).toContain('加了密码');
    expect((await refusal(cwd, 'big.csv')).message).toContain('超过导入上限');
    expect(spawnSync('mkfifo', [join(cwd, 'pipe.xlsx')]).status).toBe(0);
    const run = dutylist(['import', 'pipe.xlsx', LIST], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('不是普通文件');
  });
});
