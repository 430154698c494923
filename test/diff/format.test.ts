import { describe, expect, it } from 'vitest';
import { compareMatters, wholeMatter } from '../../src/diff/compare.js';
import { diffFormatters } from '../../src/diff/format/index.js';
import type { DiffResult } from '../../src/diff/run.js';
import { registerMessages } from '../../src/i18n/index.js';
import { diffMessages } from '../../src/diff/messages.js';
import type { Matter } from '../../src/types.js';

registerMessages(diffMessages);

const before: Matter = {
  id: 'WH-001',
  type: '文化市场',
  name: '娱乐场所<日常>经营|监管',
  district: [{ unit: '区文化和旅游局', duties: ['开展监督检查。'] }],
  street: { duties: ['日常巡查，当天报告。'] },
  basis: ['《娱乐场所管理条例》第三条'],
  responsibility: { primary: ['区文化和旅游局'], supporting: ['各街道办事处（乡人民政府）'] },
};
const after: Matter = { ...before, street: { duties: ['日常巡查，当天报告区文化和旅游局。', '每月检查*一次*。'] } };

const result: DiffResult = {
  from: { ref: 'v1', label: 'v1', commit: 'a'.repeat(40) },
  to: { ref: null, label: '工作区' },
  changes: [
    { id: 'WH-001', name: after.name, kind: 'modify', parts: compareMatters(before, after) },
    { id: 'WH-009', name: '新事项', kind: 'add', parts: wholeMatter({ ...before, id: 'WH-009', name: '新事项' }, 'after') },
  ],
  approval: { covers: new Map(), unapproved: new Set(), findings: [{ file: 'l/matters/WH-001.yaml', line: 9, column: 7, severity: 'error', rule: 'diff/push-down', message: '未经准入程序向街道下沉职责', path: [] }] },
  loadDiagnostics: [],
  recordDiagnostics: [],
  primaryUnits: new Map(),
  versions: { from: '2025.1' },
};

describe('diff formatters', () => {
  it('text without colour spells the marks out', () => {
    const out = diffFormatters.text(result, { lang: 'zh', color: false, approval: true });
    expect(out).toContain('    ~ 日常巡查，当天报告{+区文化和旅游局+}。\n');
    expect(out).toContain('    + 每月检查*一次*。\n');
    expect(out).toContain('l/matters/WH-001.yaml:9:7  错误  未经准入程序向街道下沉职责  diff/push-down');
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('text with colour strikes deletions red and underlines insertions green', () => {
    const out = diffFormatters.text({ ...result, changes: [{ id: 'WH-001', name: 'x', kind: 'modify', parts: compareMatters(before, { ...before, street: { duties: ['日常巡逻，当天报告。'] } }) }] }, { lang: 'zh', color: true, approval: false });
    expect(out).toContain('\u001b[31m\u001b[9m查\u001b[29m\u001b[39m');
    expect(out).toContain('\u001b[32m\u001b[4m逻\u001b[24m\u001b[39m');
  });

  it('markdown uses <del>/<ins> and escapes what would render', () => {
    const out = diffFormatters.markdown(result, { lang: 'zh', color: false, approval: true });
    expect(out).toContain('- 日常巡查，当天报告<ins>区文化和旅游局</ins>。');
    expect(out).toContain('<ins>每月检查\\*一次\\*。</ins>');
    expect(out).toContain('| 1 | WH-001 | 娱乐场所&lt;日常&gt;经营\\|监管 | 变更 | 街道职责 |');
    expect(out).toContain('**错误** `l/matters/WH-001.yaml:9:7`');
  });

  it('json has the documented shape', () => {
    const doc = JSON.parse(diffFormatters.json(result, { lang: 'en', color: false, approval: true })) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['from', 'to', 'fromCommit', 'summary', 'changes', 'approval']);
    expect(doc.summary).toEqual({ add: 1, remove: 0, modify: 1 });
    expect(doc.approval).toMatchObject({ errors: 1, warnings: 0, covered: [{ matter: 'WH-001', adjustments: [] }, { matter: 'WH-009', adjustments: [] }] });
    expect((doc.changes as { parts: unknown[] }[])[0]?.parts).toEqual([
      {
        part: 'street',
        before: ['日常巡查，当天报告。'],
        after: ['日常巡查，当天报告区文化和旅游局。', '每月检查*一次*。'],
        added: ['日常巡查，当天报告区文化和旅游局。', '每月检查*一次*。'],
        removed: ['日常巡查，当天报告。'],
        reworded: [{ before: '日常巡查，当天报告。', after: '日常巡查，当天报告区文化和旅游局。' }],
      },
    ]);
    expect(JSON.parse(diffFormatters.json(result, { lang: 'en', color: false, approval: false }))).not.toHaveProperty('approval');
  });
});
