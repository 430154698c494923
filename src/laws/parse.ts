import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseChineseNumeral } from './numerals.js';
import type { LawArticle, LawLevel, LawVersion } from './types.js';

/** Why a law file could not be read as a law version. */
export type LawParseErrorCode =
  | 'no-articles'
  | 'no-title'
  | 'no-version'
  | 'front-matter'
  | 'duplicate-version'
  | 'alias-conflict'
  | 'unreadable';

/** A law file that is not a usable law version; the message is Chinese, then English. */
export class LawParseError extends Error {
  override name = 'LawParseError';
  constructor(
    readonly code: LawParseErrorCode,
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

export const LAW_LEVELS: readonly LawLevel[] = [
  '法律', '行政法规', '地方性法规', '部门规章', '地方政府规章', '规范性文件',
];

interface FrontMatter {
  title?: string;
  level?: LawLevel;
  aliases?: string[];
  version?: string;
  effective?: string;
  repealed?: string;
  text?: boolean;
  unverified?: DateField[];
}

/** The date fields of the front matter that may be marked as not verified against an official text. */
export type DateField = 'version' | 'effective' | 'repealed';
const DATE_FIELDS: readonly DateField[] = ['version', 'effective', 'repealed'];

const NUM = '[零〇一二两三四五六七八九十百千]+';
const ARTICLE_LINE = new RegExp(`^第(${NUM})条(?:之(${NUM}))?(?:[ \\u3000\\u00a0\\t]+|$)(.*)$`);
const ITEM_LINE = /^[(（]([一二三四五六七八九十]+)[)）][ \u3000]*(.*)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CHAPTER_LINE = /^#{2,}\s*第[零〇一二两三四五六七八九十百]+章\s*(.*)$/;
// 本法自2023年1月1日起施行 — the date the text itself gives for its entry into force.
const IN_FORCE = /本(?:法|条例|规定|办法|细则)自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/;

/** Parses one law text (Markdown layout of laws/, optional YAML front matter) into a version. */
export function parseLawText(text: string, file: string): LawVersion {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { meta, bodyStart } = readFrontMatter(lines, file);
  const headingIndex = lines.findIndex((l, i) => i >= bodyStart && /^#\s/.test(l));
  const title = stripBrackets(meta.title ?? lines[headingIndex]?.replace(/^#\s+/, '') ?? '');
  if (title === '') {
    throw new LawParseError('no-title', file,
      `法规文件没有标题：${file}。请在第一行写“# 标题”或在前言中写 title。` +
      ` / No title in ${file}: add a "# title" line or a front-matter title.`);
  }
  const infoEnd = lines.findIndex((l) => l.trim() === '<!-- INFO END -->');
  const bodyFrom = infoEnd >= 0 ? infoEnd + 1 : Math.max(headingIndex + 1, bodyStart);
  const headerFrom = Math.max(headingIndex + 1, bodyStart);
  const headerEnd = infoEnd >= 0 ? infoEnd : lines.findIndex((l, i) => i >= headerFrom && (ARTICLE_LINE.test(l) || l.startsWith('##')));
  const header = lines.slice(headerFrom, headerEnd < 0 ? lines.length : headerEnd);
  const version = meta.version ?? dateFromFileName(file) ?? lastHeaderDate(header);
  if (version === undefined) {
    throw new LawParseError('no-version', file,
      `无法确定版本日期：${file}。请把文件命名为“简称(YYYY-MM-DD).md”或在前言中写 version。` +
      ` / Cannot tell the version date of ${file}: name it "short(YYYY-MM-DD).md" or add a front-matter version.`);
  }
  const hasText = meta.text !== false;
  const articles = hasText ? readArticles(lines.slice(bodyFrom)) : [];
  if (hasText && articles.length === 0) {
    throw new LawParseError('no-articles', file,
      `法规文本中没有找到条文（“第X条 ”开头的段落）：${file}。若只声明法规名称而不附文本，请在前言中写 text: false。` +
      ` / No articles (paragraphs starting "第X条 ") in ${file}; to declare an instrument without its text, add "text: false" to the front matter.`);
  }
  const version_: LawVersion = {
    title,
    aliases: (meta.aliases ?? []).map(stripBrackets),
    level: meta.level ?? defaultLevel(title),
    version,
    effective: meta.effective ?? version,
    hasText,
    articles,
    file,
  };
  if (meta.repealed !== undefined) version_.repealed = meta.repealed;
  if (meta.unverified !== undefined && meta.unverified.length > 0) version_.unverified = meta.unverified;
  // A revision that enters into force after its adoption, with no effective date declared: the
  // registry would apply it from the adoption date (体育法 2022-06-24, in force 2023-01-01).
  const stated = statedEffective(articles);
  if (meta.effective === undefined && stated !== undefined && stated > version) version_.statedEffective = stated;
  return version_;
}

/** 法律 for 中华人民共和国…法, else 行政法规 (the two levels of the texts we ship). */
export function defaultLevel(title: string): LawLevel {
  return title.startsWith('中华人民共和国') && !/(条例|规定|办法)$/.test(title) ? '法律' : '行政法规';
}

/** The entry-into-force date the last articles state, e.g. 本法自2023年1月1日起施行. */
function statedEffective(articles: LawArticle[]): string | undefined {
  for (const article of articles.slice(-3).reverse()) {
    const m = IN_FORCE.exec(article.paragraphs.map((p) => p.text).join(''));
    if (m) return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  }
  return undefined;
}

function readArticles(lines: string[]): LawArticle[] {
  const articles: LawArticle[] = [];
  let current: LawArticle | undefined;
  let chapter: string | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    const heading = CHAPTER_LINE.exec(line);
    if (heading) chapter = (heading[1] ?? '').replace(/[\s\u3000]+/g, '');
    if (line === '' || line.startsWith('#') || line.startsWith('<!--')) continue;
    const art = ARTICLE_LINE.exec(line);
    const number = art?.[1] === undefined ? undefined : parseChineseNumeral(art[1]);
    if (art && number !== undefined) {
      const suffix = art[2] === undefined ? undefined : parseChineseNumeral(art[2]);
      current = { number, label: `第${art[1]}条${art[2] ? `之${art[2]}` : ''}`, paragraphs: [] };
      if (suffix !== undefined) current.suffix = suffix;
      if (chapter) current.chapter = chapter;
      articles.push(current);
      const first = (art[3] ?? '').trim();
      if (first !== '') current.paragraphs.push({ text: first, items: [] });
      continue;
    }
    if (!current) continue;
    const item = ITEM_LINE.exec(line);
    const itemNumber = item?.[1] === undefined ? undefined : parseChineseNumeral(item[1]);
    if (item && itemNumber !== undefined) {
      let paragraph = current.paragraphs.at(-1);
      if (!paragraph) {
        paragraph = { text: '', items: [] };
        current.paragraphs.push(paragraph);
      }
      paragraph.items.push({ number: itemNumber, text: (item[2] ?? '').trim() });
      continue;
    }
    current.paragraphs.push({ text: line, items: [] });
  }
  return articles;
}

function readFrontMatter(lines: string[], file: string): { meta: FrontMatter; bodyStart: number } {
  if (lines[0]?.trim() !== '---') return { meta: {}, bodyStart: 0 };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw frontMatterError(file, '没有结束的 ---', 'no closing ---');
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e);
    throw frontMatterError(file, `YAML 有误：${why}`, `invalid YAML: ${why}`);
  }
  return { meta: checkFrontMatter(data ?? {}, file), bodyStart: end + 1 };
}

function checkFrontMatter(data: unknown, file: string): FrontMatter {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw frontMatterError(file, '应为键值对', 'must be a mapping');
  }
  const meta: FrontMatter = {};
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case 'title':
        meta.title = needString(value, key, file);
        break;
      case 'level': {
        const level = LAW_LEVELS.find((l) => l === value);
        if (!level) throw frontMatterError(file, `level 应为 ${LAW_LEVELS.join('/')}`, `level must be one of ${LAW_LEVELS.join(', ')}`);
        meta.level = level;
        break;
      }
      case 'aliases':
        if (!Array.isArray(value)) throw frontMatterError(file, 'aliases 应为列表', 'aliases must be a list');
        meta.aliases = value.map((v) => needString(v, key, file));
        break;
      case 'version':
      case 'effective':
      case 'repealed':
        meta[key] = needDate(value, key, file);
        break;
      case 'text':
        if (typeof value !== 'boolean') throw frontMatterError(file, 'text 应为 true 或 false', 'text must be true or false');
        meta.text = value;
        break;
      case 'unverified': {
        const fields = Array.isArray(value) ? value : [value];
        const bad = fields.find((f) => !DATE_FIELDS.includes(f as DateField));
        if (bad !== undefined) {
          throw frontMatterError(file, `unverified 应列出未核实的日期：${DATE_FIELDS.join('、')}`, `unverified must list unverified dates: ${DATE_FIELDS.join(', ')}`);
        }
        meta.unverified = fields as DateField[];
        break;
      }
      default:
        throw frontMatterError(file, `未知的键 ${key}（可用：title、level、aliases、version、effective、repealed、text、unverified）`,
          `unknown key ${key} (valid: title, level, aliases, version, effective, repealed, text, unverified)`);
    }
  }
  return meta;
}

function needString(value: unknown, key: string, file: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw frontMatterError(file, `${key} 应为非空文字`, `${key} must be a non-empty string`);
}

function needDate(value: unknown, key: string, file: string): string {
  const s = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (typeof s === 'string' && DATE.test(s)) return s;
  throw frontMatterError(file, `${key} 应为 YYYY-MM-DD 格式的日期`, `${key} must be a date YYYY-MM-DD`);
}

function frontMatterError(file: string, zh: string, en: string): LawParseError {
  return new LawParseError('front-matter', file, `${file} 的前言（---之间的 YAML）${zh}。 / Front matter of ${file}: ${en}.`);
}

function dateFromFileName(file: string): string | undefined {
  return /[(（](\d{4}-\d{2}-\d{2})[)）]/.exec(basename(file))?.[1];
}

function lastHeaderDate(header: string[]): string | undefined {
  let found: string | undefined;
  for (const line of header) {
    const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(line);
    if (m) found = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  }
  return found;
}

function stripBrackets(s: string): string {
  return s.trim().replace(/^《(.*)》$/, '$1').trim();
}
