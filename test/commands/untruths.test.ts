// What the tool says is what happened: the summary under --max-warnings, the default workbook
// name, the count wording.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutylist } from '../e2e/cli.js';
import { copyLists, LIST } from './helpers.js';

function withVagueDuty(): string {
  const cwd = copyLists();
  const file = join(cwd, LIST, 'matters', 'WH-001.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('street:\n  duties:\n', 'street:\n  duties:\n    - 配合做好相关工作。\n'));
  return cwd;
}

describe('--max-warnings', () => {
  it('the summary says ✖ and why when warnings alone fail the run', () => {
    const cwd = withVagueDuty();
    const r = dutylist(['check', '--max-warnings', '0'], { cwd });
    expect(r.code).toBe(1);
    const summary = r.stdout.trim().split('\n').at(-1) ?? '';
    expect(summary).toMatch(/^✖ /);
    expect(summary).not.toMatch(/✔/);
    expect(summary).toContain('--max-warnings');
  });

  it('within the limit the summary is ✔ and the exit code 0', () => {
    const cwd = withVagueDuty();
    const warnings = (JSON.parse(dutylist(['check', '--format', 'json'], { cwd }).stdout) as { warnings: number }).warnings;
    const r = dutylist(['check', '--max-warnings', String(warnings)], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^✔ /);
  });

  it('machine formats: exit 1 and one line on stderr', () => {
    const cwd = withVagueDuty();
    const r = dutylist(['check', '--format', 'json', '--max-warnings', '0'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('export', () => {
  it('names the workbook after the list title by default and counts 个事项', () => {
    const cwd = copyLists();
    const r = dutylist(['export', '--on', '2026-01-01'], { cwd });
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, '黄陂区文化和旅游市场领域属地管理事项清单.xlsx'))).toBe(true);
    expect(r.stderr).toContain('25 个事项');
    expect(r.stderr).not.toContain('项事项');
  });
});
