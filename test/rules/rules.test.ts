// One table per rule: each case is a matter edit and the findings (path and sub-rule) it must give.
import { describe, expect, it } from 'vitest';
import { rules, type Rule, type RuleContext } from '../../src/rules/index.js';
import { matterHash } from '../../src/review/hash.js';
import type { Matter } from '../../src/types.js';
import { baseMatter, ctx, edited } from './helpers.js';

interface Case {
  name: string;
  matter: Matter;
  context?: Partial<RuleContext>;
  expect: { path: (string | number)[]; rule?: string }[];
}

const byId = (id: string): Rule => {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

const passed = (hash: string): Partial<RuleContext> => ({
  reviews: new Map([['T-001', { file: 'reviews/2025-06-10.yaml', entry: { matter: 'T-001', hash, conclusion: '合法', reviewer: '区司法局', date: '2025-06-10' } }]]),
});

const table: Record<string, Case[]> = {
  'review/changed': [
    { name: 'never reviewed', matter: baseMatter(), expect: [] },
    { name: 'unchanged since it passed', matter: baseMatter(), context: passed(matterHash(baseMatter())), expect: [] },
    { name: 'changed since it passed', matter: edited((m) => m.street.duties.push('每月报送巡查台账。')), context: passed(matterHash(baseMatter())), expect: [{ path: ['id'] }] },
  ],
  'matter/id-filename': [
    { name: 'matching id', matter: baseMatter(), expect: [] },
    { name: 'id differs from file', matter: edited((m) => (m.id = 'T-009')), expect: [{ path: ['id'] }] },
  ],
  'matter/duplicate-id': [
    { name: 'unique', matter: baseMatter(), expect: [] },
    { name: 'also in T-002', matter: baseMatter(), context: { ids: new Map([['T-001', ['T-001', 'T-002']]]) }, expect: [{ path: ['id'] }] },
  ],
  'matter/duplicate-name': [
    { name: 'unique', matter: baseMatter(), expect: [] },
    { name: 'same name in T-002', matter: baseMatter(), context: { names: new Map([['歌舞娱乐场所接纳未成年人的监管', ['T-001', 'T-002']]]) }, expect: [{ path: ['name'] }] },
  ],
  'matter/unknown-type': [
    { name: 'in vocabulary', matter: baseMatter(), expect: [] },
    { name: 'not in vocabulary', matter: edited((m) => (m.type = '文化巿场')), expect: [{ path: ['type'] }] },
  ],
  'matter/blank-text': [
    { name: 'all filled', matter: baseMatter(), expect: [] },
    { name: 'full-width spaces only', matter: edited((m) => (m.street.duties[0] = '　　　　')), expect: [{ path: ['street', 'duties', 0] }] },
  ],
  'unit/unknown': [
    { name: 'registered', matter: baseMatter(), expect: [] },
    { name: 'misspelt', matter: edited((m) => (m.responsibility.primary = ['区文化旅游局'])), expect: [{ path: ['responsibility', 'primary', 0] }] },
    { name: 'alias', matter: edited((m) => { m.district[0]!.unit = '区文旅局'; m.responsibility.primary = ['区文旅局']; }), expect: [{ path: ['district', 0, 'unit'], rule: 'unit/alias' }, { path: ['responsibility', 'primary', 0], rule: 'unit/alias' }] },
  ],
  'split/overlap': [
    { name: 'disjoint', matter: baseMatter(), expect: [] },
    { name: 'in both', matter: edited((m) => m.responsibility.supporting.push('区文化和旅游局')), expect: [{ path: ['responsibility', 'supporting', 1] }] },
  ],
  'split/street-missing': [
    { name: 'street supporting', matter: baseMatter(), expect: [] },
    { name: 'named street primary', matter: edited((m) => { m.responsibility.primary.push('前川街道办事处'); m.responsibility.supporting = ['村（居）民委员会']; }), expect: [] },
    { name: 'no street', matter: edited((m) => (m.responsibility.supporting = ['村（居）民委员会'])), expect: [{ path: ['responsibility'] }] },
  ],
  'split/district-mismatch': [
    { name: 'consistent', matter: baseMatter(), expect: [] },
    { name: 'duties but unnamed', matter: edited((m) => m.district.push({ unit: '区公安分局', duties: ['对涉赌行为依法查处。'] })), expect: [{ path: ['district', 1, 'unit'] }] },
    { name: 'named without duties', matter: edited((m) => m.responsibility.supporting.push('区公安分局')), expect: [{ path: ['responsibility', 'supporting', 1] }] },
    { name: 'village committee needs no district duties', matter: edited((m) => m.responsibility.supporting.push('村（居）民委员会')), expect: [] },
  ],
  'split/street-enforcement': [
    { name: 'patrol and report', matter: baseMatter(), expect: [] },
    { name: 'fines', matter: edited((m) => m.street.duties.push('对违法经营者处以罚款')), expect: [{ path: ['street', 'duties', 1] }] },
    { name: 'cooperating in confiscation', matter: edited((m) => m.street.duties.push('配合区文化和旅游局依法没收非法出版物。')), expect: [] },
    { name: 'reporting for closure', matter: edited((m) => m.street.duties.push('发现无证经营的，报告区文化和旅游局依法取缔。')), expect: [] },
    { name: 'delegated', matter: edited((m) => { m.street.duties.push('对违法经营者处以罚款'); m.delegation = { document: '《湖北省人民政府关于赋予乡镇和街道部分县级行政权力事项的决定》' }; }), expect: [] },
  ],
  'duty/vague': [
    { name: 'concrete', matter: baseMatter(), expect: [] },
    { name: 'only filler', matter: edited((m) => m.street.duties.push('配合做好相关工作。')), expect: [{ path: ['street', 'duties', 1] }] },
    { name: 'filler with a verb', matter: edited((m) => m.street.duties.push('协助区级部门做好其他有关工作等')), expect: [{ path: ['street', 'duties', 1] }] },
  ],
  citation: [
    { name: 'existing article and item', matter: baseMatter(), expect: [] },
    { name: 'article beyond the end', matter: edited((m) => (m.basis = ['《娱乐场所管理条例》第九十九条'])), expect: [{ path: ['basis', 0], rule: 'citation/article-missing' }] },
    { name: 'item that does not exist', matter: edited((m) => (m.basis = ['《娱乐场所管理条例》第四十八条第九项'])), expect: [{ path: ['basis', 0], rule: 'citation/item-missing' }] },
    { name: 'unknown law', matter: edited((m) => (m.basis = ['《娱乐场所管理办法》第三条'])), expect: [{ path: ['basis', 0], rule: 'citation/unknown-law' }] },
  ],
  'citation/off-topic': [
    { name: 'articles on the matter', matter: baseMatter(), expect: [] },
    { name: 'an article about something else', matter: edited((m) => (m.basis = ['《娱乐场所管理条例》第十三条、第四十八条第三项'])), expect: [{ path: ['basis', 0] }] },
  ],
  'citation/penalty-basis': [
    { name: 'penalty article cited', matter: edited((m) => (m.power_type = '行政处罚')), expect: [] },
    { name: 'only duty articles', matter: edited((m) => { m.power_type = '行政处罚'; m.basis = ['《娱乐场所管理条例》第二十三条']; }), expect: [{ path: ['basis'] }] },
    { name: 'not a penalty matter', matter: edited((m) => (m.basis = ['《娱乐场所管理条例》第二十三条'])), expect: [] },
  ],
  'citation/authority': [
    { name: 'roles not declared', matter: edited((m) => (m.basis = ['《娱乐场所管理条例》第四十五条第一项'])), expect: [] },
  ],
};

describe.each(Object.entries(table))('%s', (id, cases) => {
  it.each(cases)('$name', ({ matter, context, expect: expected }) => {
    const findings = byId(id).check(matter, ctx(context));
    expect(findings.map((f) => ({ path: f.path, rule: f.rule }))).toEqual(expected.map((e) => ({ path: e.path, rule: e.rule })));
  });
});

describe('every rule', () => {
  it('has an id, a severity and a description in both languages, and a table above', () => {
    for (const rule of rules) {
      expect(rule.description.zh.length).toBeGreaterThan(2);
      expect(rule.description.en.length).toBeGreaterThan(2);
      expect(['error', 'warning']).toContain(rule.severity);
      if (rule.id !== 'quote/mismatch') expect(Object.keys(table)).toContain(rule.id);
    }
  });
});
