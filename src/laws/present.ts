// Plain-text views of the registry for the `law` command: pure functions returning strings.
import { eastAsianWidth } from 'get-east-asian-width';
import { t, type Lang } from '../i18n/index.js';
import type { VersionComparison } from './compare.js';
import { articleLabel } from './numerals.js';
import type { LawRegistry } from './registry.js';
import type { ArticleRef, LawArticle, LawItem, LawParagraph, LawVersion } from './types.js';

const EXCERPT = 36;

/** Terminal cell width: CJK characters take two cells. */
export function textWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += eastAsianWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** Rows aligned in columns two cells apart; the first row is the header. */
export function formatTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, textWidth(cell))));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - textWidth(cell)))).join('  ').trimEnd())
    .join('\n');
}

/** `law list`: one row per version, the title on the first row of each instrument. */
export function formatRegistry(registry: LawRegistry, lang: Lang): string {
  const header = ['title', 'level', 'version', 'effective', 'articles', 'aliases'].map((k) => t(lang, `law.list.${k}`));
  const rows = [header];
  for (const instrument of registry.instruments) {
    instrument.versions.forEach((v, i) => {
      const count = v.hasText ? String(v.articles.length) : t(lang, 'law.list.textless');
      // A presumed date is not printed as a fact.
      const date = (field: 'version' | 'effective' | 'repealed', value: string): string =>
        v.unverified?.includes(field) ? `${value}（${t(lang, 'law.list.unverified')}）` : value;
      const effective = v.repealed === undefined ? date('effective', v.effective) : `${date('effective', v.effective)}（${t(lang, 'law.list.repealed', { date: date('repealed', v.repealed) })}）`;
      rows.push([i === 0 ? instrument.title : '', i === 0 ? v.level : '', date('version', v.version), effective, count, i === 0 ? instrument.aliases.join('、') : '']);
    });
  }
  const versions = registry.instruments.reduce((n, i) => n + i.versions.length, 0);
  const presumed = registry.instruments.some((i) => i.versions.some((v) => (v.unverified ?? []).length > 0));
  return `${formatTable(rows)}\n\n${presumed ? `${t(lang, 'law.list.unverifiedNote')}\n` : ''}${t(lang, 'law.list.summary', { instruments: registry.instruments.length, versions })}`;
}

/** `law show`: the line saying which dates of a version are presumed, or none. */
export function formatUnverified(v: LawVersion, lang: Lang): string | undefined {
  const fields = v.unverified ?? [];
  if (fields.length === 0) return undefined;
  const names = fields.map((f) => t(lang, `law.show.field.${f}`)).join(lang === 'zh' ? '、' : ' and ');
  return t(lang, 'law.show.unverified', { law: v.title, fields: names, version: v.version, effective: v.effective });
}

/** An article as printed, narrowed to the 款 or 项 a ref names. */
export function formatArticle(article: LawArticle, ref?: Pick<ArticleRef, 'paragraph' | 'item'>): string {
  let paragraphs: LawParagraph[] = article.paragraphs;
  if (ref?.paragraph !== undefined) paragraphs = paragraphs.slice(ref.paragraph - 1, ref.paragraph);
  else if (ref?.item !== undefined) paragraphs = paragraphs.filter((p) => p.items.length > 0).slice(0, 1);
  const lines = [article.label];
  for (const p of paragraphs) {
    let items: LawItem[] = p.items;
    if (ref?.item !== undefined) items = items.filter((i) => i.number === ref.item);
    else if (p.text !== '') lines.push(p.text);
    for (const item of items) lines.push(`  （${numberLabel(item.number)}）${item.text}`);
  }
  return lines.join('\n');
}

/** `law diff`: the renumbering map and the reworded, removed and added articles. */
export function formatComparison(c: VersionComparison, lang: Lang): string {
  const out = [t(lang, 'law.diff.versions', {
    law: c.newer.title, old: c.older.version, oldEffective: c.older.effective, new: c.newer.version,
    newEffective: c.newer.effective, oldCount: c.older.articles.length, newCount: c.newer.articles.length,
  })];
  const section = (key: string, rows: string[][]) => {
    out.push('', t(lang, key));
    out.push(rows.length === 0 ? `  ${t(lang, 'law.diff.none')}` : indent(formatTable(rows)));
  };
  const label = (a: LawArticle | undefined) => (a ? articleLabel(a.number, a.suffix) : '');
  const score = (n: number) => n.toFixed(2);
  section('law.diff.moved', c.mappings.filter((m) => m.change === 'moved').map((m) => [label(m.old), '→', label(m.new), score(m.similarity)]));
  section('law.diff.changed', c.mappings.filter((m) => m.change === 'changed').map((m) => [label(m.old), score(m.similarity), excerpt(m.new)]));
  section('law.diff.removed', c.mappings.filter((m) => m.change === 'removed').map((m) =>
    m.into ? [label(m.old), t(lang, 'law.diff.into', { article: label(m.into.article), share: score(m.into.containment) })] : [label(m.old), excerpt(m.old)]));
  section('law.diff.added', c.mappings.filter((m) => m.change === 'added').map((m) => [label(m.new), excerpt(m.new)]));
  out.push('', t(lang, 'law.diff.unchanged', { count: c.mappings.filter((m) => m.change === 'unchanged').length }));
  return out.join('\n');
}

/** Counts of each kind of change, for `law add`. */
export function changeCounts(c: VersionComparison): Record<'moved' | 'changed' | 'removed' | 'added', number> {
  const count = (kind: string) => c.mappings.filter((m) => m.change === kind).length;
  return { moved: count('moved'), changed: count('changed'), removed: count('removed'), added: count('added') };
}

function excerpt(article: LawArticle | undefined): string {
  const text = article?.paragraphs.map((p) => p.text).join('') ?? '';
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  ${l}`).join('\n');
}

function numberLabel(n: number): string {
  return articleLabel(n).slice(1, -1);
}
