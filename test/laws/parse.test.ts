import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LawParseError, parseLawText } from '../../src/laws/parse.js';
import { FIXTURES, HAS_SHARED, LIST_LAWS, REGISTRY_DIR, SHARED_LAWS } from './helpers.js';

const readFixture = (dir: string, name: string) => {
  const file = resolve(dir, name);
  return parseLawText(readFileSync(file, 'utf8'), file);
};

/** Article counts from the table of shared/laws/README.md. */
const COUNTS: Record<string, number> = {
  '互联网上网服务营业场所管理条例(2019-03-24)': 37,
  '互联网上网服务营业场所管理条例(2022-03-29)': 38,
  '体育法(2016-11-07)': 54,
  '体育法(2022-06-24)': 122,
  '全民健身条例(2016-02-06)': 40,
  '公共文化服务保障法(2016-12-25)': 65,
  '出版管理条例(2020-11-29)': 73,
  '卫星电视广播地面接收设施管理规定(2018-09-18)': 13,
  '印刷业管理条例(2020-11-29)': 49,
  '大型群众性活动安全管理条例(2007-09-14)': 26,
  '娱乐场所管理条例(2020-11-29)': 58,
  '安全生产法(2021-06-10)': 119,
  '文物保护法(2017-11-04)': 80,
  '文物保护法(2024-11-08)': 101,
  '文物保护法实施条例(2017-10-07)': 64,
  '旅游法(2018-10-26)': 112,
  '旅行社条例(2020-11-29)': 68,
  '未成年人保护法(2020-10-17)': 132,
  '未成年人保护法(2024-04-26)': 132,
  '消防法(2021-04-29)': 74,
  '电影产业促进法(2016-11-07)': 60,
  '立法法(2023-03-13)': 120,
  '营业性演出管理条例(2020-11-29)': 57,
  '行政处罚法(2021-01-22)': 86,
  '音像制品管理条例(2020-11-29)': 50,
};

function checkCounts(dir: string, names: string[]) {
  for (const name of names) {
    const law = readFixture(dir, `${name}.md`);
    const numbers = law.articles.map((a) => a.number);
    expect(numbers, name).toEqual(Array.from({ length: COUNTS[name] ?? -1 }, (_, i) => i + 1));
    expect(law.version, name).toBe(/\((.*)\)/.exec(name)?.[1]);
  }
}

describe('parseLawText on the real texts', () => {
  it.skipIf(!HAS_SHARED)('finds the article counts of the README table in shared/laws', () => {
    checkCounts(SHARED_LAWS, Object.keys(COUNTS));
  });

  const listed = existsSync(LIST_LAWS)
    ? readdirSync(LIST_LAWS).map((f) => f.replace(/\.md$/, '')).filter((n) => n in COUNTS)
    : [];
  it.skipIf(listed.length === 0)('finds the same counts in the copies under lists/laws', () => {
    checkCounts(LIST_LAWS, listed);
  });

  it('reads title, level and items of 娱乐场所管理条例 despite its incomplete header', () => {
    const law = readFixture(REGISTRY_DIR, '娱乐场所管理条例(2020-11-29).md');
    expect(law).toMatchObject({ title: '娱乐场所管理条例', level: '行政法规', version: '2020-11-29', effective: '2020-11-29', hasText: true, aliases: [] });
    const art5 = law.articles[4];
    expect(art5?.label).toBe('第五条');
    expect(art5?.paragraphs).toHaveLength(1);
    expect(art5?.paragraphs[0]?.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(art5?.paragraphs[0]?.items[1]?.text).toBe('因犯罪曾被剥夺政治权利的；');
  });

  it('takes front matter over the file name', () => {
    const law = readFixture(REGISTRY_DIR, '文物保护法(2024-11-08).md');
    expect(law).toMatchObject({ title: '中华人民共和国文物保护法', level: '法律', version: '2024-11-08', effective: '2025-03-01', aliases: ['文物保护法'] });
  });
});

describe('parseLawText layout', () => {
  const law = readFixture(REGISTRY_DIR, '示例条例(2020-01-01).md');

  it('reads 款, 项 in both bracket widths, 之一 and an article whose text starts on the next line', () => {
    expect(law.level).toBe('部门规章');
    expect(law.articles.map((a) => [a.label, a.number, a.suffix])).toEqual([
      ['第一条', 1, undefined],
      ['第二条', 2, undefined],
      ['第二条之一', 2, 1],
      ['第三条', 3, undefined],
    ]);
    const art2 = law.articles[1];
    expect(art2?.paragraphs.map((p) => [p.text, p.items.length])).toEqual([
      ['本条第一款。', 0],
      ['本条第二款，有下列情形之一的：', 2],
      ['本条第三款。', 0],
    ]);
    expect(law.articles[3]?.paragraphs).toEqual([{ text: '没有同一行文字的条文。', items: [{ number: 1, text: '只有一项。' }] }]);
  });

  it('reads a textless instrument', () => {
    const textless = readFixture(REGISTRY_DIR, '武汉市旅游条例(2016-12-23).md');
    expect(textless).toMatchObject({ title: '武汉市旅游条例', level: '地方性法规', hasText: false, articles: [] });
  });

  it.each([
    ['# 中华人民共和国旅游法\n\n第一条 正文。', '法律'],
    ['# 中华人民共和国文物保护法实施条例\n\n第一条 正文。', '行政法规'],
    ['# 娱乐场所管理条例\n\n第一条 正文。', '行政法规'],
  ])('defaults the level from the title', (text, level) => {
    expect(parseLawText(text, 'x(2020-01-01).md').level).toBe(level);
  });

  it('tolerates CRLF, BOM and a missing INFO END, and dates from the header', () => {
    const v = parseLawText('\uFEFF# 甲条例\r\n\r\n2019年3月4日 公布\r\n\r\n第一条 甲。\r\n\r\n第二条 乙。\r\n', 'laws/甲条例.md');
    expect(v.articles.map((a) => a.paragraphs[0]?.text)).toEqual(['甲。', '乙。']);
    expect(v.version).toBe('2019-03-04');
  });
});

describe('parseLawText errors', () => {
  it.each([
    ['bad/空文本条例(2020-01-01).md', 'no-articles'],
    ['bad/坏前言条例(2020-01-01).md', 'front-matter'],
  ])('%s → %s', (name, code) => {
    const err = (() => {
      try {
        readFixture(FIXTURES, name);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(LawParseError);
    expect((err as LawParseError).code).toBe(code);
    expect((err as LawParseError).message).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
  });

  it.each([
    ['---\ntitle: [1]\n---\n# 甲\n\n第一条 甲。', 'front-matter'],
    ['---\nfoo: 1\n---\n# 甲\n\n第一条 甲。', 'front-matter'],
    ['---\nversion: 2020\n---\n# 甲\n\n第一条 甲。', 'front-matter'],
    ['---\ntitle: a\n# 甲\n\n第一条 甲。', 'front-matter'],
    ['第一条 甲。', 'no-title'],
    ['# 甲\n\n第一条 甲。', 'no-version'],
  ])('rejects %j', (text, code) => {
    expect(() => parseLawText(text, 'x.md')).toThrow(expect.objectContaining({ code }));
  });
});
