// A new matter file: every part present, each free-text place left as '' under a short Chinese
// comment. The empty strings fail the schema (minLength) at exactly the lines still to fill, so
// `check` refuses an unfinished template and the editor marks each one while typing.
import { yamlFlowItem, yamlScalar } from './yaml-text.js';

/** 事项编码 as the schema requires: 1–6 capitals, a hyphen, 3–5 digits. */
const ID = /^([A-Z]{1,6})-(\d{3,5})$/;
/** Its prefix alone (list.yaml id_prefix, init --prefix). */
export const ID_PREFIX = /^[A-Z]{1,6}$/;
const DEFAULT_PREFIX = 'SX';
const DEFAULT_WIDTH = 3;

/**
 * The next free id: one past the highest number used with the list's prefix (`id_prefix` of
 * list.yaml, else the one most ids carry), counting ids named
 * in adjustments too — a removed matter's id is never reused, and one reserved by an application
 * still under review is not taken twice.
 */
export function nextMatterId(matterIds: string[], reservedIds: string[], declaredPrefix?: string): string {
  const prefix = declaredPrefix ?? commonPrefix(matterIds) ?? commonPrefix(reservedIds) ?? DEFAULT_PREFIX;
  const same = [...matterIds, ...reservedIds].flatMap((id) => {
    const m = ID.exec(id);
    return m && m[1] === prefix && m[2] ? [m[2]] : [];
  });
  const width = Math.max(DEFAULT_WIDTH, ...same.map((digits) => digits.length));
  const next = Math.max(0, ...same.map(Number)) + 1;
  return `${prefix}-${String(next).padStart(width, '0')}`;
}

/** The prefix most ids use (ties: alphabetical first). */
export function commonPrefix(ids: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const prefix = ID.exec(id)?.[1];
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

export interface TemplateInput {
  id: string;
  type: string;
  name: string;
  /** The collective name of the sub-districts, pre-filled as the usual 配合责任. */
  collective: string;
  /** The `# yaml-language-server: $schema=…` line the other matters of the list carry. */
  modeline?: string;
}

export function matterTemplate(input: TemplateInput): string {
  const lines = [
    ...(input.modeline ? [input.modeline] : []),
    "# 新事项：请把每个 '' 换成实际内容。未填完时 dutylist check 会报错，以免把模板误印发。",
    `id: ${input.id}`,
    `type: ${yamlScalar(input.type)}`,
    `name: ${yamlScalar(input.name)}`,
    '# 区级部门职责：每个承担职责的区级部门一项，单位名称用单位名录（units.yaml）中的全称',
    'district:',
    "  - unit: ''",
    '    # 每条写一项具体职责：做什么、怎么做、时限（如“3个工作日内反馈处理结果”）',
    '    duties:',
    "      - ''",
    '# 街道职责：巡查发现、当天报告、劝阻、配合联合执法、提供底数、宣传等；不写行政处罚',
    'street:',
    '  duties:',
    "    - ''",
    '# 法律法规及文件依据：每条一个引用，如 《娱乐场所管理条例》第二十三条、第四十八条第三项',
    'basis:',
    "  - ''",
    '# 主体责任、配合责任：单位取自单位名录；街道须在其中之一，同一单位不能两处都列',
    'responsibility:',
    "  primary: ['']",
    `  supporting: [${yamlFlowItem(input.collective)}]`,
    '# 可选：power_type 权力类型（如 行政检查）；街道承担行政处罚、行政强制时须写 delegation 赋权依据',
    '# 备注（可选）',
    "note: ''",
  ];
  return `${lines.join('\n')}\n`;
}
