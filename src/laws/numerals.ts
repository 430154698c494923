// Chinese numerals as printed in statutes (立法技术规范): 第十条, 第一百零五条, 第一百一十六条.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const DIGIT_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** How a number was written in a citation. */
export type NumeralStyle = 'chinese' | 'arabic' | 'fullwidth';

/** A parsed number and how it was written; `canonical` is false for 一十条, 第03条 and the like. */
export interface ParsedNumeral {
  value: number;
  style: NumeralStyle;
  canonical: boolean;
}

/** Characters that may make up a number in a citation (for scanners). */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千0123456789０１２３４５６７８９';

/** 1 → 一, 10 → 十, 11 → 十一, 110 → 一百一十, 105 → 一百零五, 1000 → 一千. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NUMERAL) throw new RangeError(`numeral out of range: ${n}`);
  if (n === 0) return '零';
  const parts: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let pendingZero = false;
  for (const [unit, name] of parts) {
    const d = Math.floor(n / unit) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十 alone only at the start (第十条, 第十五条); inside a number it is 一十 (一百一十六).
    out += d === 1 && unit === 10 && out === '' ? name : DIGITS[d] + name;
  }
  return out;
}

/** Value of a Chinese numeral (lenient: accepts 一十, 两, 〇); undefined when malformed. */
export function parseChineseNumeral(s: string): number | undefined {
  if (s === '零' || s === '〇') return 0;
  let total = 0;
  let digit: number | undefined;
  let zeroBefore = false;
  let lastUnit = 10000;
  for (const ch of s) {
    const d = DIGIT_VALUE[ch];
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      if (d === 0) {
        if (total === 0 || zeroBefore) return undefined;
        zeroBefore = true;
        continue;
      }
      digit = d;
      continue;
    }
    const unit = UNIT_VALUE[ch];
    if (unit === undefined || unit >= lastUnit) return undefined;
    const multiplier = digit ?? (total === 0 && unit === 10 ? 1 : undefined);
    if (multiplier === undefined) return undefined;
    total += multiplier * unit;
    lastUnit = unit;
    digit = undefined;
    zeroBefore = false;
  }
  if (digit !== undefined) {
    // 一百五 means 150 in speech; statutes always write 一百零五 or 一百五十.
    if (lastUnit > 10 && lastUnit !== 10000 && !zeroBefore) return undefined;
    total += digit;
  } else if (zeroBefore) {
    return undefined;
  }
  return total === 0 ? undefined : total;
}

/** The largest number a citation may carry: what Chinese numerals up to 千 can write. */
export const MAX_NUMERAL = 9999;

/** Parses Chinese, Arabic or full-width digits, noting the style and whether it is canonical.
 *  Total: anything out of range (第10000条, a hundred digits) is undefined, never a throw. */
export function parseNumeral(s: string): ParsedNumeral | undefined {
  if (/^[0-9]+$/.test(s)) return inRange(Number(s), 'arabic');
  if (/^[０-９]+$/.test(s)) {
    const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    return inRange(Number(ascii), 'fullwidth');
  }
  const value = parseChineseNumeral(s);
  if (value === undefined) return undefined;
  const canonical = value > 0 && value <= 9999 && toChineseNumeral(value) === s;
  return { value, style: 'chinese', canonical };
}

function inRange(value: number, style: NumeralStyle): ParsedNumeral | undefined {
  return Number.isSafeInteger(value) && value <= MAX_NUMERAL ? { value, style, canonical: false } : undefined;
}

/** 第二十条之一 style label. */
export function articleLabel(article: number, suffix?: number): string {
  const base = `第${toChineseNumeral(article)}条`;
  return suffix === undefined ? base : `${base}之${toChineseNumeral(suffix)}`;
}
