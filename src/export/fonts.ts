// Fonts by role, as GB/T 9704-2012 and common practice set them for annex tables (DOMAIN.md §7).
// Machines without the official fonts fall back (宋体/SimSun, WenQuanYi in LibreOffice); widths
// and heights are computed in em, so they hold for any CJK fallback.
import type { Font } from 'exceljs';

/** A font role: family and size in points. */
export interface FontRole {
  name: string;
  size: number;
}

export const FONTS = {
  /** 附件 label, 3号黑体. */
  annex: { name: '黑体', size: 16 },
  /** Table title, 2号小标宋. */
  title: { name: '方正小标宋简体', size: 22 },
  /** Lines under the title (subtitle, issuers and date). */
  subtitle: { name: '楷体_GB2312', size: 14 },
  /** Header row, 黑体. */
  header: { name: '黑体', size: 12 },
  /** Cells, 五号仿宋. */
  body: { name: '仿宋_GB2312', size: 10.5 },
} as const satisfies Record<string, FontRole>;

/** Page number in the footer: 4号 半角宋体 "— 1 —". */
export const FOOTER = '&C&"宋体"&14— &P —';

/** An exceljs font for a role. */
export function font(role: FontRole, extra: Partial<Font> = {}): Partial<Font> {
  // charset 134 (GB2312) makes Excel and WPS pick a Chinese fallback when the named font is missing.
  return { name: role.name, size: role.size, charset: 134, ...extra };
}
