// How offices head the columns of a list, per matter part (DOMAIN.md §2 and §9: county and
// township lists, the 2024–25 配合履职 list, our own export). Data, not code: a spelling seen in a
// new list is one more line here. Headers are compared folded (see foldHeader): full- and
// half-width brackets, spaces and line breaks do not matter.

/** A column the importer reads, named by the matter part it fills. */
export type Field = 'seq' | 'id' | 'type' | 'name' | 'district' | 'street' | 'basis' | 'primary' | 'supporting' | 'note' | 'power_type';

/** Parts a matter must have: a column for one of them is worth more than an optional one. */
export const REQUIRED: readonly Field[] = ['type', 'name', 'district', 'street', 'basis', 'primary', 'supporting'];

/**
 * A header that names the part only with a few words: every group must have one of its words in
 * the header, and none of `unless` may be there. Cues catch spellings not listed in `names`
 * ("县（市、区）直部门职责", "职责边界划分" over "乡镇（街道）").
 */
export interface Cue {
  all: readonly (readonly string[])[];
  unless?: readonly string[];
}

export interface Spellings {
  /** Exact spellings, best first; a number after a spelling lowers its weight (default 1). */
  names: readonly (string | readonly [string, number])[];
  cues: readonly Cue[];
}

const UNIT_WORDS = ['部门', '区级', '县级', '市级', '区直', '县直', '上级', '主管'];
const STREET_WORDS = ['街道', '乡镇', '镇街', '乡', '镇', '社区', '属地'];
const DUTY_WORDS = ['职责', '职能', '任务', '责任', '工作内容', '边界', '履职'];

export const SYNONYMS: Record<Field, Spellings> = {
  seq: { names: ['序号', '序', '排序', ['编号', 0.8]], cues: [] },
  id: {
    names: ['事项编码', '编码', '事项代码', '事项编号', '代码'],
    cues: [{ all: [['编码', '代码']], unless: ['权力', '信用', '实施'] }],
  },
  type: {
    names: ['事项类型', '类型', '类别', '所属分类', '事项类别', '分类', '事项分类', '所属类别', '所属领域', '领域', '行业领域', '事项领域', ['权力类型', 0.9]],
    cues: [{ all: [['类型', '类别', '分类', '领域']], unless: ['名称', '依据', '职责'] }],
  },
  name: {
    names: [
      '事项名称', '名称', '具体事项', '事项内容', '权力名称', '项目名称', '事项', '职责事项', '履职事项', '工作事项',
      '权力事项名称', '任务名称', '事项名称（具体事项）', '履职事项名称', '子项名称',
    ],
    cues: [
      // …名称 names the matter unless it names a unit or a law (单位名称, 法规名称).
      { all: [['名称']], unless: ['单位', '部门', '机构', '法规', '依据', '类型', '类别'] },
      { all: [['事项', '内容']], unless: ['类型', '类别', '分类', '编码', '编号', '单位', '部门', '职责', '依据', '街道', '乡镇', '镇街', '序号', '领域'] },
    ],
  },
  district: {
    names: [
      '区级部门职责', '区级职能部门职责', '部门职责', '县级部门职责', '县（市、区）级部门职责', '县（市、区）部门职责', '市级部门职责',
      '区县部门职责', '区直部门职责', '县直部门职责', '职能部门职责', '主管部门职责', '上级部门职责', '区级部门', '县级部门', '县（市、区）级部门',
    ],
    cues: [{ all: [UNIT_WORDS, DUTY_WORDS], unless: [...STREET_WORDS, '配合', '主体', '单位', '牵头', '协同'] }],
  },
  street: {
    names: [
      '街道职责', '街道（乡）职责', '乡镇（街道）职责', '街道（乡镇）职责', '镇街职责', '镇（街道）职责', '乡镇职责', '镇街配合职责',
      '乡镇（街道）配合职责', '街道配合职责', '属地职责', '乡镇（街道）', '街道（乡镇）', '镇街', ['乡镇（街道）责任', 0.9],
    ],
    cues: [{ all: [STREET_WORDS, [...DUTY_WORDS, '工作', '配合']], unless: ['单位', '部门'] }],
  },
  basis: {
    names: [
      '法律法规及文件依据', '法律依据', '依据', '法律法规依据', '实施依据', '设定依据', '法律法规政策依据', '法律法规及政策依据', '政策依据',
      '法定依据', '设定和实施依据', '设定依据及实施依据', '法律法规规章依据', '依据文件', '法律、法规、规章依据',
    ],
    cues: [{ all: [['依据', '法律法规', '法规', '政策文件']], unless: ['职责', '单位', '部门'] }],
  },
  primary: {
    names: [
      '主体责任', '主体责任单位', '牵头部门', '责任单位', '对应上级部门', '主体责任部门', '牵头单位', '主责单位', '主责部门', '责任部门',
      '实施主体', '责任主体', '主管部门', '承办单位',
    ],
    cues: [{ all: [['主体', '牵头', '主责', '主办', '责任单位', '责任部门', '上级部门', '主管部门']], unless: ['职责', '配合', '协同', '名称', '依据'] }],
  },
  supporting: {
    names: ['配合责任', '配合责任单位', '配合单位', '协同部门', '配合部门', '协同单位', '协办单位', '配合责任部门', '协助单位', '参与单位'],
    cues: [{ all: [['配合', '协同', '协助', '协办', '参与']], unless: ['职责', '事项', '名称', ...STREET_WORDS] }],
  },
  note: { names: ['备注', '说明', '附注', '备考'], cues: [{ all: [['备注']] }] },
  power_type: { names: ['权力类型', '职权类型', '权力类别', '行政权力类型', '事项性质'], cues: [{ all: [['权力类', '职权类']] }] },
};

/** A street column whose header says the street cooperates (镇街配合职责): the streets are then
 *  among the supporting units even where no column names them (the 配合履职 list). */
export const STREET_SUPPORTS = /配合|协助|协同/;

/** Header text as compared: one width for brackets and letters, no spaces, no decoration. */
export function foldHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[[【〔［]/g, '(')
    .replace(/[\]】〕］]/g, ')')
    .replace(/[“”"'‘’「」『』*＊]/g, '')
    .replace(/[:：]+$/, '');
}
