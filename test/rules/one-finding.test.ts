// One finding per mistake: a misspelt unit, an alias, a schema error beside a rule finding.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkList } from '../../src/check/run.js';
import { fixtures } from '../e2e/cli.js';

/** The base fixture with T-001 rewritten by `edit`; the findings of that file as [rule, path]. */
function findingsAfter(edit: (text: string) => string): [string, string][] {
  const dir = mkdtempSync(join(tmpdir(), 'dutylist-one-'));
  cpSync(join(fixtures, 'base'), dir, { recursive: true });
  const file = join(dir, 'list', 'matters', 'T-001.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const result = checkList(join(dir, 'list'), { lang: 'zh', onDate: '2026-11-26', cwd: dir });
  return result.diagnostics.filter((d) => d.file.endsWith('T-001.yaml')).map((d) => [d.rule, d.path.join('.')]);
}

describe('one finding per mistake', () => {
  it('a misspelt unit in the district duties is unit/unknown alone, no district-mismatch', () => {
    expect(findingsAfter((t) => t.replace('  - unit: 区文化和旅游局', '  - unit: 区文化旅游局'))).toEqual([['unit/unknown', 'district.0.unit']]);
  });
  it('a misspelt unit in the split is unit/unknown alone', () => {
    expect(findingsAfter((t) => t.replace('primary: [区文化和旅游局]', 'primary: [区文化旅游局]'))).toEqual([['unit/unknown', 'responsibility.primary.0']]);
  });
  it('a unit with no close name, written for the street, is one finding (no street-missing)', () => {
    expect(findingsAfter((t) => t.replace('supporting: [各街道办事处（乡人民政府）]', 'supporting: [社区]'))).toEqual([['unit/unknown', 'responsibility.supporting.0']]);
  });
  it('a registered alias in primary is the alias warning only', () => {
    expect(findingsAfter((t) => t.replace('primary: [区文化和旅游局]', 'primary: [区文旅局]'))).toEqual([['unit/alias', 'responsibility.primary.0']]);
  });
  it('an alias named in both parts of the split is an overlap', () => {
    const found = findingsAfter((t) => t.replace('supporting: [各街道办事处（乡人民政府）]', 'supporting: [区文旅局, 各街道办事处（乡人民政府）]'));
    expect(found).toContainEqual(['split/overlap', 'responsibility.supporting.0']);
  });
  it('a schema error does not hide the rule findings of the other parts', () => {
    const found = findingsAfter((t) => t.replace('《娱乐场所管理条例》第二十三条、第四十八条第三项', "''").replace('supporting: [各街道办事处（乡人民政府）]', 'supporting: [区文化和旅游局, 各街道办事处（乡人民政府）]'));
    expect(found).toEqual([['schema', 'basis.0'], ['split/overlap', 'responsibility.supporting.0']]);
  });
  it('a rule that reads the failed part is skipped: no citation finding for an empty basis', () => {
    expect(findingsAfter((t) => t.replace('《娱乐场所管理条例》第二十三条、第四十八条第三项', "''"))).toEqual([['schema', 'basis.0']]);
  });
  it('an unknown key blocks nothing', () => {
    const found = findingsAfter((t) => `${t}notes: 备注\n`.replace('type: 文化市场', 'type: 文化'));
    expect(found).toEqual([['matter/unknown-type', 'type'], ['schema', 'notes']]);
  });
});
