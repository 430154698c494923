// The law texts an initialised repository needs: copied from the registry shipped with the
// package when it is there, else a built-in excerpt holding just the articles the example cites.
import { readFileSync } from 'node:fs';

/** File name of the law version the example matter cites. */
export const EXAMPLE_LAW_FILE = '娱乐场所管理条例(2020-11-29).md';

// dist/init/laws.js sits two folders below the package root, the single-file dist/dutylist.mjs one.
const shippedLaws = ['../../lists/laws/', '../lists/laws/'];

export interface LawText {
  file: string;
  text: string;
  /** True when the built-in excerpt was used because the shipped text was missing. */
  fallback: boolean;
}

export function exampleLawText(): LawText {
  for (const dir of shippedLaws) {
    try {
      const text = readFileSync(new URL(`${dir}${encodeURIComponent(EXAMPLE_LAW_FILE)}`, import.meta.url), 'utf8');
      if (text.includes('第三十六条')) return { file: EXAMPLE_LAW_FILE, text, fallback: false };
    } catch {
      // Not there (a copied single file): try the next place, then the excerpt below.
    }
  }
  return { file: EXAMPLE_LAW_FILE, text: EXCERPT, fallback: true };
}

export const EXCERPT = `---
title: 娱乐场所管理条例
level: 行政法规
version: 2020-11-29
effective: 2020-11-29
---
# 娱乐场所管理条例

2006年1月29日 中华人民共和国国务院令第458号公布

2020年11月29日 《国务院关于修改和废止部分行政法规的决定》第三次修订

本文件为节选，只收录示例事项引用的条文。请换成官方全文，以便核对其他条款。

<!-- INFO END -->

## 第一章 总则

第三条 县级以上人民政府文化主管部门负责对娱乐场所日常经营活动的监督管理；县级以上公安部门负责对娱乐场所消防、治安状况的监督管理。

## 第四章 监督管理

第三十二条 文化主管部门、公安部门和其他有关部门的工作人员依法履行监督检查职责时，有权进入娱乐场所。娱乐场所应当予以配合，不得拒绝、阻挠。

文化主管部门、公安部门和其他有关部门的工作人员依法履行监督检查职责时，需要查阅闭路电视监控录像资料、从业人员名簿、营业日志等资料的，娱乐场所应当及时提供。

第三十六条 文化主管部门、公安部门和其他有关部门应当建立相互间的信息通报制度，及时通报监督检查情况和处理结果。
`;
