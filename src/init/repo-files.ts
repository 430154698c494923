// Files around the list in a new repository: CI, editor settings, line-ending rules. Kept as TS
// strings because tsc does not copy other files into dist/. CI runs the repository's own copy of
// the tool (tools/dutylist.mjs) with plain Node 20: no install step, nothing fetched.
import type { ListSettings } from './list-files.js';
import { SCHEMA_DIR, TOOL_FILE } from './vendor.js';

// Issued versions are tagged v<version of list.yaml> (v2025.1); the review job compares against
// the newest such tag, so a change is judged against what was last issued, not the last commit.
const LAST_TAG = "git describe --tags --abbrev=0 --match 'v*' 2>/dev/null || true";
const RUN = `node ${TOOL_FILE}`;

export function githubWorkflow(s: ListSettings): string {
  return `# dutylist：每次推送检查清单；合并请求另做调整审批核对，并生成工作簿供下载审阅。
# 运行仓库自带的 ${TOOL_FILE}，只需要 Node.js 20，不安装任何依赖。
name: dutylist

on:
  push:
  pull_request:

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: 检查清单
        run: ${RUN} check --format github

  review:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: 核对调整是否都经批准（与上次印发的版本比较）
        run: |
          tag=$(${LAST_TAG})
          if [ -z "$tag" ]; then echo "尚无印发标签（v*），跳过调整核对。"; exit 0; fi
          ${RUN} diff --require-approval --from "$tag"
      - name: 生成工作簿
        run: ${RUN} export -o ${s.slug}.xlsx
      - uses: actions/upload-artifact@v4
        with:
          name: 清单工作簿
          path: ${s.slug}.xlsx
`;
}

export function gitlabCi(s: ListSettings): string {
  return `# dutylist：每次推送检查清单；合并请求另做调整审批核对，并生成工作簿供下载审阅。
# 运行仓库自带的 ${TOOL_FILE}，只需要 Node.js 20 的镜像，不安装任何依赖。
image: node:20

workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
      when: never
    - if: $CI_COMMIT_BRANCH || $CI_COMMIT_TAG

check:
  script:
    - ${RUN} check --format junit --output dutylist-check.xml || true
    - ${RUN} check
  artifacts:
    when: always
    reports:
      junit: dutylist-check.xml

review:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: 0
  script:
    - git fetch --tags --force origin 2>/dev/null || echo "未能从远端取得标签，按本地已有的标签比较。"
    - tag=$(${LAST_TAG})
    - if [ -n "$tag" ]; then ${RUN} diff --require-approval --from "$tag"; else echo "尚无印发标签（v*），跳过调整核对。"; fi
    - ${RUN} export -o ${s.slug}.xlsx
  artifacts:
    name: 清单工作簿
    paths:
      - ${s.slug}.xlsx
`;
}

export function vscodeSettings(): string {
  const schema = (name: string): string => `./${SCHEMA_DIR}/${name}.schema.json`;
  const settings = {
    'yaml.schemas': {
      [schema('matter')]: ['lists/*/matters/*.yaml'],
      [schema('list')]: ['lists/*/list.yaml'],
      [schema('adjustment')]: ['lists/*/adjustments/*.yaml'],
      [schema('review')]: ['lists/*/reviews/*.yaml'],
      [schema('consultation')]: ['lists/*/consultations/*.yaml'],
      [schema('units')]: ['lists/units.yaml'],
    },
    'yaml.completion': true,
    'yaml.hover': true,
    'yaml.validate': true,
    'files.encoding': 'utf8',
    'files.eol': '\n',
    'files.insertFinalNewline': true,
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2, 'editor.detectIndentation': false },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export function vscodeExtensions(): string {
  return `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;
}

// The Windows launcher keeps CRLF (cmd.exe misreads some LF-only batch files); the vendored
// build is one minified line, so a diff of it says nothing.
export const GITATTRIBUTES = `* text=auto eol=lf
*.cmd text eol=crlf
*.xlsx binary
${TOOL_FILE} -diff linguist-generated
`;

export const EDITORCONFIG = `root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true
trim_trailing_whitespace = true
indent_style = space
indent_size = 2

[*.md]
trim_trailing_whitespace = false

[*.cmd]
end_of_line = crlf
`;

export const GITIGNORE = `# Excel / WPS 打开工作簿时留下的锁文件
~$*.xlsx
`;
