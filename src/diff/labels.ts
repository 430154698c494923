import { t, type Lang } from '../i18n/index.js';
import type { MatterPart } from '../types.js';
import type { ChangeKind } from './types.js';

/** 事项类型, 区级部门职责, …: the Chinese label of a part (or its English one). */
export function partLabel(lang: Lang, part: MatterPart): string {
  return t(lang, `diff.part.${part}`);
}

/** 新增 / 取消 / 变更. */
export function kindLabel(lang: Lang, kind: ChangeKind): string {
  return t(lang, `diff.kind.${kind}`);
}

export function roleLabel(lang: Lang, role: 'primary' | 'supporting'): string {
  return t(lang, `diff.role.${role}`);
}
