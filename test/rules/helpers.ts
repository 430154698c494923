import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../../src/laws/index.js';
import type { RuleContext } from '../../src/rules/index.js';
import type { Matter } from '../../src/types.js';
import { indexUnits } from '../../src/units.js';

const lawsDir = fileURLToPath(new URL('../fixtures/base/laws', import.meta.url));
const registry = loadRegistry(lawsDir);

export function baseMatter(): Matter {
  return {
    id: 'T-001',
    type: '文化市场',
    name: '歌舞娱乐场所接纳未成年人的监管',
    district: [{ unit: '区文化和旅游局', duties: ['对歌舞娱乐场所开展监督检查，依法查处违法行为。'] }],
    street: { duties: ['日常巡查中发现违法经营的，及时劝阻，当天报告区文化和旅游局。'] },
    basis: ['《娱乐场所管理条例》第二十三条、第四十八条第三项'],
    responsibility: { primary: ['区文化和旅游局'], supporting: ['各街道办事处（乡人民政府）'] },
  };
}

export function ctx(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    fileId: 'T-001',
    manifest: {
      title: '测试清单', region: '黄陂区', domain: '文化', version: '2025.1', effective: '2025-04-01',
      issuers: ['区委编办'], filing_office: '武汉市委编办', types: ['文化市场', '演出'],
    },
    units: indexUnits({
      streets_collective: '各街道办事处（乡人民政府）',
      units: [
        { name: '区文化和旅游局', kind: 'district', aliases: ['区文旅局'] },
        { name: '区公安分局', kind: 'district' },
        { name: '前川街道办事处', kind: 'street' },
        { name: '村（居）民委员会', kind: 'other' },
      ],
    }),
    registry,
    onDate: '2025-04-01',
    citedOn: '2025-04-01',
    ids: new Map([['T-001', ['T-001']]]),
    names: new Map([['歌舞娱乐场所接纳未成年人的监管', ['T-001']]]),
    reviews: new Map(),
    ...overrides,
  };
}

/** A copy of the base matter changed by `edit`. */
export function edited(edit: (m: Matter) => void): Matter {
  const m = structuredClone(baseMatter());
  edit(m);
  return m;
}
