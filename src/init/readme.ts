// The office's README of a new list repository. It starts with what an office on an intranet
// needs to know: the tool is inside the repository and runs with Node.js alone. Then what is
// where, and the workflow from editing a matter to filing with the city office.
import type { ListSettings } from './list-files.js';
import { SCHEMA_DIR, TOOL_FILE } from './vendor.js';

export function readme(s: ListSettings, exampleId: string, toolVersion: string): string {
  const list = `lists/${s.slug}`;
  const year = s.today.slice(0, 4);
  return `# ${s.region}属地管理事项清单

本仓库用 dutylist 编制、校验和印发属地管理事项清单。**dutylist 已随仓库附带**（\`${TOOL_FILE}\`，${toolVersion} 版），
只需要 Node.js 20：不需要联网，不需要安装任何软件包，政务内网和离线电脑都能用。
每个事项是一个 YAML 文件，所有修改都留有记录；印发的工作簿和报备案的调整对照表都由程序从这些文件生成。

## 准备（每台电脑只做一次）

1. 安装 Node.js 20：在能上网的电脑上从 <https://nodejs.org> 下载 20.x 版的 Windows 安装包（\`.msi\`），
   拷到本机双击安装，一路“下一步”。
2. 把本仓库整个文件夹拷到本机（或用 \`git clone\`）。路径中有中文、空格都没有问题。
3. 在仓库文件夹中打开命令提示符（在资源管理器的地址栏输入 \`cmd\` 后回车），运行：

   \`\`\`bat
   dutylist check
   \`\`\`

   看到“✔ 未发现错误”就准备好了。PowerShell 中写 \`.\\dutylist check\`；Linux、macOS 中写 \`./dutylist check\`。
   下文的命令都这样运行。
4. 用 VS Code 打开本文件夹，安装“YAML”扩展（Red Hat；内网电脑可在能上网的电脑上下载扩展的 \`.vsix\` 文件后拷入安装）。
   编辑事项时会自动补全字段名，鼠标悬停显示中文说明，写错的地方标红；所用的 Schema 就在 \`${SCHEMA_DIR}/\`。

## 目录

| 路径 | 内容 |
|---|---|
| \`${list}/list.yaml\` | 清单信息：标题、行政区、版本、施行日期、联合印发单位、事项类型、事项编码前缀 |
| \`${list}/matters/\` | 事项，一个事项一个文件，文件名即事项编码（如 \`${exampleId}.yaml\`） |
| \`${list}/adjustments/\` | 调整申请及其审核、决定、备案记录，一次申请一个文件 |
| \`${list}/consultations/\` | 征求意见记录，由 \`dutylist consult --collect\` 生成 |
| \`lists/units.yaml\` | 单位名录：区级部门、街道（乡）、审核单位、备案机关 |
| \`lists/laws/\` | 法规库：清单引用的法律法规文本，每个版本一个文件 |
| \`dutylist.cmd\`、\`dutylist\` | 启动脚本（Windows、Linux/macOS），运行 \`${TOOL_FILE}\` |
| \`tools/\` | 随附的 dutylist（单文件，已包含全部依赖）和 Schema，不要手工修改 |

## 工作流程

1. **编辑事项。** 新增事项运行
   \`dutylist new --type 文化市场 --name "事项名称"\`，程序分配下一个编码（前缀取自 \`list.yaml\` 的 \`id_prefix\`）并生成带注释的模板，
   按注释把每个 \`''\` 换成实际内容。修改已有事项直接编辑对应文件。事项取消时删除文件，其编码不得再用。
2. **检查。** 运行 \`dutylist check\`。它核对格式、单位名称、法规条款是否存在且现行有效、区街职责划分是否符合规则，
   每个问题都指出文件、行号和改法。有错误时不能生成工作簿。运行 \`dutylist fmt\` 可统一格式和引用写法。
3. **调整申请。** 对已印发清单的任何增加、取消、修改，都要在 \`${list}/adjustments/\` 下新建一个申请文件
   （如 \`${year}-001.yaml\`），写明申请单位、日期、理由和涉及的事项及改动部分，并记录司法局的合法性审查意见。
4. **联席会议。** 联席会议审议后，在申请文件中填写决定（\`decision: {result: approved, date: …}\`）。
   合并请求的自动检查会运行 \`dutylist diff --require-approval\`，与上次印发的版本比较，未经批准的改动会被拒绝。
5. **印发新版本。** 运行 \`dutylist release ${year}.1 --effective ${year}-12-01\`：先检查清单，有错误时拒绝；
   再把版本号和施行日期写入 \`list.yaml\`（保留注释），并列出接下来要运行的命令。提交后运行
   \`dutylist release ${year}.1 --tag\`，给这次提交打上标签 \`v${year}.1\`。下一次调整就与这个标签比较。
6. **生成工作簿。** \`dutylist export -o 清单.xlsx\` 生成联合印发用的工作簿，可直接打印。
   同样的内容每次生成的文件完全相同。
7. **备案。** \`dutylist diff --from v上一版本 -o 调整对照表.xlsx\` 生成调整对照表，连同申请、审查意见和会议纪要报市委编办备案；
   备案后在申请文件中填写备案日期和文号（\`filing\`）。

## 常用命令

| 命令 | 作用 |
|---|---|
| \`dutylist check\` | 检查全部文件，列出错误和警告 |
| \`dutylist fmt\` | 统一字段顺序、引号和法规引用写法；\`--check\` 只检查不修改 |
| \`dutylist new --type 类型 --name 名称\` | 新建事项 |
| \`dutylist stats\` | 按类型、单位、街道统计事项数 |
| \`dutylist export -o 清单.xlsx\` | 生成工作簿 |
| \`dutylist release 版本号\` | 印发新版本：写入版本号和施行日期，\`--tag\` 打标签 |
| \`dutylist diff --from v${year}.1\` | 与已印发版本比较 |
| \`dutylist law show 《娱乐场所管理条例》第三条\` | 查看法规条文 |
| \`dutylist law add 新文本.md\` | 把法规的新版本加入法规库，并为受影响的事项起草调整申请（\`adjustments/DRAFT-…yaml\`） |
| \`dutylist consult -o 征求意见/ --deadline 日期\` | 为每个区级部门和街道生成征求意见表；\`--collect 文件夹\` 汇总收回的意见 |

退出码：0 表示通过（可能有警告），1 表示发现错误，2 表示命令用法有误或文件无法读取。

## 自动检查

\`.github/workflows/dutylist.yml\`（GitHub）和 \`.gitlab-ci.yml\`（GitLab）在每次推送时运行 \`node ${TOOL_FILE} check\`；
合并请求另外核对调整审批，并生成工作簿作为附件供下载审阅。它们只需要 Node.js 20，不安装任何依赖，
内网部署的 GitLab 也能运行。

## 升级 dutylist

拿到新版本的单文件 \`dutylist.mjs\` 后，在仓库根目录运行 \`node 新版本所在路径/dutylist.mjs upgrade\`：
它把 \`${TOOL_FILE}\`、\`${SCHEMA_DIR}/\` 和两个启动脚本换成新版本，并说明从哪个版本换到哪个版本。检查通过后提交。

## 法规库

\`lists/laws/\` 中每个文件是一部法规的一个版本，文件名为 \`简称(版本日期).md\`，开头写明全称、效力层级和施行日期。
引用新法规前，先把官方文本加入法规库：\`dutylist law add 文件.md\`（文本开头没有这些信息时，用 \`--title\`、\`--level\`、
\`--date\` 写明）。法规修订后新增一个版本文件，旧版本保留，dutylist 会按施行日期选用现行版本，并提示已改号的条文。
`;
}
