import type { Rule, RuleFinding } from './types.js';

// 行政处罚法 第二十四条: a penalty power reaches a 街道 only by a provincial decision. A street duty
// that is itself a penalty or compulsory measure without such a delegation is the duty-shifting
// (职责下沉) the list exists to stop.
const POWERS = ['罚款', '没收', '吊销', '暂扣', '查封', '扣押', '责令停产停业', '责令停业', '责令关闭', '取缔', '行政拘留', '处罚', '拘留', '强制拆除', '降低资质等级'];
// Words that make the clause about helping someone else exercise the power.
const SUPPORT = ['配合', '协助', '报告', '移交', '报送', '告知', '通报', '提请', '反馈', '由区', '移送', '协同', '抄告'];

export const splitStreetEnforcement: Rule = {
  id: 'split/street-enforcement',
  severity: 'error',
  description: {
    zh: '街道职责不得含行政处罚或行政强制（除非有赋权依据）',
    en: 'Street duties hold no penalty or compulsory measure without a delegation',
  },
  reads: ['street', 'delegation'],
  check: (matter) => {
    if (matter.delegation) return [];
    return matter.street.duties.flatMap((duty, i): RuleFinding[] => {
      const power = enforcementPower(duty);
      return power ? [{ path: ['street', 'duties', i], params: { power: power.word }, span: power.span }] : [];
    });
  },
};

/** The first enforcement power a duty gives the street itself, with its position. */
export function enforcementPower(duty: string): { word: string; span: { start: number; end: number } } | undefined {
  // Most duties name no power at all: no need to cut them into clauses then.
  if (!POWERS.some((word) => duty.includes(word))) return undefined;
  let offset = 0;
  for (const clause of duty.split(/(?<=[，,；;。：:])/)) {
    for (const word of POWERS) {
      const at = clause.indexOf(word);
      if (at >= 0 && !SUPPORT.some((s) => clause.slice(0, at).includes(s))) {
        return { word, span: { start: offset + at, end: offset + at + word.length } };
      }
    }
    offset += clause.length;
  }
  return undefined;
}
