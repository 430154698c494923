// The rules that read what a cited article says (issue 10): off-topic, penalty basis, authority.
import { describe, expect, it } from 'vitest';
import { citationAuthority } from '../../src/rules/citation-authority.js';
import { citationOffTopic } from '../../src/rules/citation-off-topic.js';
import { citationPenaltyBasis } from '../../src/rules/citation-penalty-basis.js';
import { citedArticles } from '../../src/laws/index.js';
import { indexUnits } from '../../src/units.js';
import { ctx, edited } from './helpers.js';

const units = indexUnits({
  streets_collective: '各街道办事处（乡人民政府）',
  units: [
    { name: '区文化和旅游局', kind: 'district', aliases: ['区文旅局'], roles: ['文化主管部门', '旅游主管部门'] },
    { name: '区公安分局', kind: 'district', roles: ['公安机关'] },
    { name: '区行政审批局', kind: 'district', roles: [] },
    { name: '区应急管理局', kind: 'district' },
  ],
});
const withRoles = ctx({ units });

describe('citation/penalty-basis', () => {
  it('names the liability chapter’s articles when a penalty matter cites only general ones', () => {
    const m = edited((x) => {
      x.power_type = '行政处罚';
      x.basis = ['《娱乐场所管理条例》第三条、第二十三条'];
    });
    const [f, ...rest] = citationPenaltyBasis.check(m, withRoles);
    expect(rest).toEqual([]);
    expect(f?.path).toEqual(['basis']);
    expect(String(f?.params?.candidates)).toMatch(/^《娱乐场所管理条例》“法律责任”一章第四十八条/);
  });

  it('is satisfied by an article of the liability chapter', () => {
    const m = edited((x) => {
      x.power_type = '行政处罚';
    });
    expect(citationPenaltyBasis.check(m, withRoles)).toEqual([]);
  });

  it('reads a district duty that imposes a penalty, not one that hands it on', () => {
    const fines = edited((x) => {
      x.basis = ['《娱乐场所管理条例》第二十三条'];
      x.district[0]!.duties = ['对接纳未成年人的歌舞娱乐场所依法处以罚款。'];
    });
    const handsOn = edited((x) => {
      x.basis = ['《娱乐场所管理条例》第二十三条'];
      x.district[0]!.duties = ['发现接纳未成年人的，移送有关部门处罚。'];
    });
    expect(citationPenaltyBasis.check(fines, withRoles)).toHaveLength(1);
    expect(citationPenaltyBasis.check(handsOn, withRoles)).toEqual([]);
  });
});

describe('citation/authority', () => {
  it('flags a penalty article naming 公安机关 cited for a matter of 区文化和旅游局 without a note', () => {
    const m = edited((x) => {
      x.power_type = '行政处罚';
      x.name = '游艺娱乐场所设置具有赌博功能的电子游戏机的查处';
      x.basis = ['《娱乐场所管理条例》第十九条、第四十五条第一项'];
    });
    const [f, ...rest] = citationAuthority.check(m, withRoles);
    expect(rest).toEqual([]);
    expect(f?.path).toEqual(['responsibility', 'primary', 0]);
    expect(f?.params).toMatchObject({ unit: '区文化和旅游局', roles: '公安机关' });
  });

  it('accepts a note saying who exercises the power on whose behalf', () => {
    const m = edited((x) => {
      x.power_type = '行政处罚';
      x.basis = ['《娱乐场所管理条例》第十九条、第四十五条第一项'];
      x.note = '经区政府决定，第四十五条的处罚由区文化和旅游局代公安机关实施。';
    });
    expect(citationAuthority.check(m, withRoles)).toEqual([]);
  });

  it('accepts the unit holding the role, and skips a unit whose roles are not declared', () => {
    const police = edited((x) => {
      x.power_type = '行政处罚';
      x.basis = ['《娱乐场所管理条例》第四十五条第一项'];
      x.responsibility.primary = ['区公安分局'];
    });
    const undeclared = edited((x) => {
      x.basis = ['《娱乐场所管理条例》第四十五条第一项'];
      x.responsibility.primary = ['区应急管理局'];
    });
    expect(citationAuthority.check(police, withRoles)).toEqual([]);
    expect(citationAuthority.check(undeclared, withRoles)).toEqual([]);
  });

  it('tells a unit without roles to explain in the note', () => {
    const m = edited((x) => {
      x.responsibility.primary = ['区行政审批局'];
    });
    const [f] = citationAuthority.check(m, withRoles);
    expect(f?.hint).toBe('citation/authority.none.hint');
  });
});

describe('citation/off-topic', () => {
  it('accepts the base matter’s own articles', () => {
    expect(citationOffTopic.check(edited(() => {}), withRoles)).toEqual([]);
  });

  it('flags an article swapped for one about something else, naming the better one', () => {
    const m = edited((x) => {
      x.basis = ['《娱乐场所管理条例》第十三条、第四十八条第三项'];
    });
    const [f, ...rest] = citationOffTopic.check(m, withRoles);
    expect(rest).toEqual([]);
    expect(f?.params).toMatchObject({ article: '第十三条', better: '第二十三条' });
    expect(f?.span).toEqual({ start: 10, end: 14 });
  });

  it('allows one general article (主管部门) beside the specific ones', () => {
    const m = edited((x) => {
      x.basis = ['《娱乐场所管理条例》第三条、第二十三条、第四十八条第三项'];
    });
    expect(citationOffTopic.check(m, withRoles)).toEqual([]);
  });
});

describe('citedArticles', () => {
  it('lists the members of a range, sharing one range number', () => {
    const c = withRoles;
    const [law] = citedArticles(c.registry, '《娱乐场所管理条例》第二十三条至第二十五条', c.onDate, c.citedOn);
    expect(law?.articles.map((a) => a.article.label)).toEqual(['第二十三条', '第二十四条', '第二十五条']);
    expect(new Set(law?.articles.map((a) => a.range)).size).toBe(1);
  });
});
