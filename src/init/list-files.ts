// The data files of a new list repository: manifest, unit registry and one example matter,
// each in the form `fmt` writes, with the schema modeline pointing at the repository's own copy
// of the schemas (tools/schema/). User text goes in through yamlScalar, never pasted raw.
import { schemaPath } from './vendor.js';
import { yamlScalar } from './yaml-text.js';

export interface ListSettings {
  /** Folder name of the list under lists/. */
  slug: string;
  /** 事项编码 prefix, e.g. WH. */
  prefix: string;
  /** 行政区, e.g. 武汉市黄陂区. */
  region: string;
  /** YYYY-MM-DD: the first version's effective date. */
  today: string;
}

export function listYaml(s: ListSettings): string {
  return `# yaml-language-server: $schema=${schemaPath('list', 2)}
# 清单信息：标题、行政区、版本、施行日期、联合印发单位和事项类型词表。请按本区实际修改。
title: ${yamlScalar(`${s.region}文化和旅游市场领域属地管理事项清单`)}
subtitle: 区级职能部门与街道办事处（乡人民政府）职责划分
region: ${yamlScalar(s.region)}
domain: 文化和旅游市场
version: '${s.today.slice(0, 4)}.1'
effective: ${s.today}
issuers: [区委编办, 区司法局, 区财政局]
filing_office: 市委编办
types: [文化市场, 网络文化, 出版印刷, 演出, 旅游市场, 文物, 体育]
id_prefix: ${yamlScalar(s.prefix)}
laws: ../laws
units: ../units.yaml
`;
}

export function unitsYaml(s: ListSettings): string {
  return `# yaml-language-server: $schema=${schemaPath('units', 1)}
# 单位名录：清单中出现的所有单位。事项里的单位名称必须与此处的全称（或别名）一致。
region: ${yamlScalar(s.region)}
streets_collective: 各街道办事处（乡人民政府）
units:
  # 区级职能部门
  - name: 区文化和旅游局
    kind: district
    aliases: [区文旅局]
  - name: 区公安分局
    kind: district
    aliases: [区公安局]
  - name: 区市场监督管理局
    kind: district
    aliases: [区市场监管局]
  # 审核单位（联席会议成员单位）
  - name: 区委编办
    kind: reviewer
    aliases: [区委机构编制委员会办公室]
  - name: 区司法局
    kind: reviewer
  - name: 区财政局
    kind: reviewer
  # 备案机关
  - name: 市委编办
    kind: city
  # 街道（乡）：请在统称之后逐个列出本区的街道办事处和乡（镇）人民政府
  - name: 各街道办事处（乡人民政府）
    kind: street
    aliases: [各街道办事处]
`;
}

export function exampleMatter(s: ListSettings): { id: string; text: string } {
  const id = `${s.prefix}-001`;
  const text = `# yaml-language-server: $schema=${schemaPath('matter', 3)}
# 示例事项：演示七个部分的写法。可按本区实际修改，或在印发前删除（删除后编码不得再用）。
id: ${id}
type: 文化市场
name: 娱乐场所日常经营活动的监督管理
district:
  - unit: 区文化和旅游局
    duties:
      - 对辖区娱乐场所日常经营活动实施监督检查，按“双随机、一公开”要求开展抽查，检查时依法进入场所，查阅闭路电视监控录像资料、从业人员名簿和营业日志，检查情况和处理结果记录归档。
      - 受理街道移交的问题线索，3个工作日内完成交接，依法处理并将结果反馈街道。
  - unit: 区公安分局
    duties:
      - 负责娱乐场所治安状况的监督管理，依法查处场所内治安违法行为，与区文化和旅游局互相通报检查情况和处理结果。
street:
  duties:
    - 将辖区娱乐场所纳入网格化日常巡查，掌握场所名称、地址、经营者等底数，每季度更新后报区文化和旅游局。
    - 巡查中发现无证照经营、违规经营等问题的，及时劝阻，当天报告区文化和旅游局；涉及治安问题的，同时报告属地派出所。
basis:
  - 《娱乐场所管理条例》第三条、第三十二条、第三十六条
responsibility:
  primary: [区文化和旅游局]
  supporting: [区公安分局, 各街道办事处（乡人民政府）]
power_type: 行政检查
note: 示例事项。
`;
  return { id, text };
}
