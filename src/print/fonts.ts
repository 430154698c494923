// Fonts by role, as GB/T 9704-2012 and common practice set them for annex tables (DOMAIN.md §7).
// Three fonts, as the office's PCs have them: 方正小标宋简体, 黑体, 仿宋_GB2312. A machine without
// them falls back (宋体/SimSun in Excel and WPS, WenQuanYi in LibreOffice on Linux); the layout is
// measured for the widest and tallest of these (metrics.ts), so it holds for any of them.
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
  /** Lines under the title (subtitle, issuers and date), 4号仿宋. */
  subtitle: { name: '仿宋_GB2312', size: 14 },
  /** Header row, 五号黑体. */
  header: { name: '黑体', size: 10.5 },
  /** Cells, 五号仿宋. */
  body: { name: '仿宋_GB2312', size: 10.5 },
} as const satisfies Record<string, FontRole>;

/** Size of body text (五号) and of the header row, in points. */
export const BODY_SIZE = FONTS.body.size;
export const HEADER_SIZE = FONTS.header.size;
/** Titles shrink to fit one line, but no further than this (三号). */
export const TITLE_MIN_SIZE = 16;
/** Lines under the title likewise, no smaller than 小四. */
export const SUBTITLE_MIN_SIZE = 12;

/** Page number in the footer: 4号 半角宋体 "— 1 —". */
export const FOOTER = '&C&"宋体"&14— &P —';

/** An exceljs font for a role. */
export function font(role: FontRole, extra: Partial<Font> = {}): Partial<Font> {
  // charset 134 (GB2312) makes Excel and WPS pick a Chinese fallback when the named font is missing.
  return { name: role.name, size: role.size, charset: 134, ...extra };
}
