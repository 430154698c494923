import type { Rule, RuleFinding } from './types.js';

// Words that carry no content on their own: a duty made only of them ("配合做好相关工作")
// tells nobody what to do, which is how a 兜底 clause pushes work down unseen.
const FILLER = [
  '配合', '协助', '做好', '相关', '有关', '工作', '负责', '其他', '其它', '等', '的', '参与', '落实', '职责',
  '范围内', '范围', '事项', '支持', '共同', '按照', '根据', '要求', '上级', '交办', '完成', '积极', '依法', '依职责',
  '本', '辖区', '区级', '部门', '单位', '街道', '和', '及', '与', '予以', '开展', '加强', '强化', '抓好', '推进', '各项', '工作任务', '任务',
];
const FILLER_PATTERN = new RegExp(FILLER.sort((a, b) => b.length - a.length).join('|'), 'g');
const FILLER_CHARS = new Set(FILLER.join(''));
const SPACE_OR_PUNCTUATION = /[\s\p{P}]/u;

export const dutyVague: Rule = {
  id: 'duty/vague',
  severity: 'warning',
  description: { zh: '职责须写明具体做什么', en: 'A duty says concretely what is done' },
  reads: ['district', 'street'],
  check: (matter) => {
    // Paths are made only for the duties found vague (most are not).
    const found: RuleFinding[] = [];
    matter.district.forEach((d, i) => d.duties.forEach((duty, j) => {
      if (isVague(duty)) found.push({ path: ['district', i, 'duties', j], params: { duty } });
    }));
    matter.street.duties.forEach((duty, j) => {
      if (isVague(duty)) found.push({ path: ['street', 'duties', j], params: { duty } });
    });
    return found;
  },
};

export function isVague(duty: string): boolean {
  // Removing filler words removes only filler characters: two others mean content survives.
  let others = 0;
  for (const ch of duty) {
    if (!FILLER_CHARS.has(ch) && !SPACE_OR_PUNCTUATION.test(ch) && ++others >= 2) return false;
  }
  const content = duty.replace(/[\s\p{P}]/gu, '').replace(FILLER_PATTERN, '');
  return content.length < 2;
}
