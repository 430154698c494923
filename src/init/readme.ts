// The office's README of a new list repository: what is where and the workflow from editing a
// matter to filing with the city office.
import type { ListSettings } from './list-files.js';

export function readme(s: ListSettings, exampleId: string): string {
  const list = `lists/${s.slug}`;
  return `# ${s.region}属地管理事项清单

本仓库用 [dutylist](https://www.npmjs.com/package/dutylist) 编制、校验和印发属地管理事项清单。
每个事项是一个 YAML 文件，所有修改都留有记录；印发的工作簿和报备案的调整对照表都由程序从这些文件生成。

## 目录

| 路径 | 内容 |
|---|---|
| \`${list}/list.yaml\` | 清单信息：标题、行政区、版本、施行日期、联合印发单位、事项类型 |
| \`${list}/matters/\` | 事项，一个事项一个文件，文件名即事项编码（如 \`${exampleId}.yaml\`） |
| \`${list}/adjustments/\` | 调整申请及其审核、决定、备案记录，一次申请一个文件 |
| \`lists/units.yaml\` | 单位名录：区级部门、街道（乡）、审核单位、备案机关 |
| \`lists/laws/\` | 法规库：清单引用的法律法规文本，每个版本一个文件 |

## 准备

1. 安装 Node.js 20 或更高版本。
2. 在本目录运行 \`npm install\`，安装 dutylist。
   内网电脑不能联网时，可把单文件版 \`dutylist.mjs\` 复制到本目录，用 \`node dutylist.mjs check\` 代替下文的 \`npx dutylist check\`。
3. 用 VS Code 打开本目录，按提示安装“YAML”扩展（Red Hat）。编辑事项时会自动补全字段名，鼠标悬停显示中文说明，写错的地方标红。

## 工作流程

1. **编辑事项。** 新增事项运行
   \`npx dutylist new --type 文化市场 --name "事项名称"\`，程序分配下一个编码并生成带注释的模板，按注释把每个 \`''\` 换成实际内容。
   修改已有事项直接编辑对应文件。事项取消时删除文件，其编码不得再用。
2. **检查。** 运行 \`npx dutylist check\`。它核对格式、单位名称、法规条款是否存在且现行有效、区街职责划分是否符合规则，
   每个问题都指出文件、行号和改法。有错误时不能生成工作簿。运行 \`npx dutylist fmt\` 可统一格式和引用写法。
3. **调整申请。** 对已印发清单的任何增加、取消、修改，都要在 \`${list}/adjustments/\` 下新建一个申请文件
   （如 \`${s.today.slice(0, 4)}-001.yaml\`），写明申请单位、日期、理由和涉及的事项及改动部分，并记录司法局的合法性审查意见。
4. **联席会议。** 联席会议审议后，在申请文件中填写决定（\`decision: {result: approved, date: …}\`）。
   合并请求的自动检查会运行 \`dutylist diff --require-approval\`，与上次印发的版本比较，未经批准的改动会被拒绝。
5. **打标签。** 新版本印发时，先把 \`list.yaml\` 的 \`version\` 和 \`effective\` 改为新版本号和施行日期，提交后打标签：
   \`git tag v2026.1\`（与 version 一致，以 v 开头）。下一次调整就与这个标签比较。
6. **生成工作簿。** \`npx dutylist export -o 清单.xlsx\` 生成联合印发用的工作簿，可直接打印。
   同样的内容每次生成的文件完全相同。
7. **备案。** \`npx dutylist diff --from v上一版本 -o 调整对照表.xlsx\` 生成调整对照表，连同申请、审查意见和会议纪要报市委编办备案；
   备案后在申请文件中填写备案日期和文号（\`filing\`）。

## 常用命令

| 命令 | 作用 |
|---|---|
| \`npx dutylist check\` | 检查全部文件，列出错误和警告 |
| \`npx dutylist fmt\` | 统一字段顺序、引号和法规引用写法；\`--check\` 只检查不修改 |
| \`npx dutylist new --type 类型 --name 名称\` | 新建事项 |
| \`npx dutylist stats\` | 按类型、单位、街道统计事项数 |
| \`npx dutylist export -o 清单.xlsx\` | 生成工作簿 |
| \`npx dutylist diff --from v2026.1\` | 与已印发版本比较 |
| \`npx dutylist law show 《娱乐场所管理条例》第三条\` | 查看法规条文 |

退出码：0 表示通过（可能有警告），1 表示发现错误，2 表示命令用法有误或文件无法读取。

## 自动检查

\`.github/workflows/dutylist.yml\`（GitHub）和 \`.gitlab-ci.yml\`（GitLab）在每次推送时运行 \`dutylist check\`；
合并请求另外核对调整审批，并生成工作簿作为附件供下载审阅。

## 法规库

\`lists/laws/\` 中每个文件是一部法规的一个版本，文件名为 \`简称(版本日期).md\`，开头写明全称、效力层级和施行日期。
引用新法规前，先把官方文本加入法规库：\`npx dutylist law add 文件.md\`。法规修订后新增一个版本文件，旧版本保留，
dutylist 会按施行日期选用现行版本，并提示已改号的条文。
`;
}
