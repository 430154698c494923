// Temporary git repositories holding a copy of a list, for diff tests.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeContext, type Captured } from '../context.js';
import type { Lang } from '../../src/i18n/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE = join(ROOT, 'test', 'fixtures', 'diff-base');
/** The list folder inside the fixture: a Chinese name on purpose. */
export const LIST = '文旅清单';

const IDENTITY = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' };

export interface TempRepo {
  dir: string;
  git: (...args: string[]) => string;
  write: (rel: string, text: string) => void;
  read: (rel: string) => string;
  remove: (rel: string) => void;
  /** Stages everything and commits. */
  commit: (message: string) => void;
}

export function tempRepo(fixture = FIXTURE, prefix = 'dutylist-diff-'): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(fixture, dir, { recursive: true });
  // The shipped law registry beside the list, so that the new version can be checked (diff -o).
  if (!existsSync(join(dir, 'laws'))) cpSync(join(ROOT, 'lists', 'laws'), join(dir, 'laws'), { recursive: true });
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...process.env, ...IDENTITY },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString('utf8');
  git('init', '-q', '-b', 'main');
  const repo: TempRepo = {
    dir,
    git,
    write: (rel, text) => {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    },
    read: (rel) => readFileSync(join(dir, rel), 'utf8'),
    remove: (rel) => rmSync(join(dir, rel)),
    commit: (message) => {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
    },
  };
  repo.commit('v1');
  git('tag', 'v1');
  return repo;
}

export type { Captured } from '../context.js';

export function capture(cwd: string, lang: Lang = 'zh'): Captured {
  return fakeContext(cwd, { lang, today: '2025-06-01' });
}

export const matter = (id: string, list = LIST): string => `${list}/matters/${id}.yaml`;

/** What applyFourChanges did, for the assertions. */
export interface FourChanges {
  oldDistrictDuty: string;
  newDistrictDuty: string;
}

/**
 * The four changes of the acceptance scenario: WH-026 added (a copy of WH-004), WH-002 removed,
 * a street duty added to WH-003, the first district duty of WH-004 reworded. Works on any list
 * holding WH-002…WH-004 written in the shipped layout.
 */
export function applyFourChanges(repo: TempRepo, list = LIST): FourChanges {
  const wh004 = repo.read(matter('WH-004', list));
  repo.write(matter('WH-026', list), wh004.replace('id: WH-004', 'id: WH-026').replace(/^name: .*$/m, 'name: 娱乐场所违规接纳未成年人夜间营业的查处'));
  repo.remove(matter('WH-002', list));
  repo.write(matter('WH-003', list), repo.read(matter('WH-003', list)).replace(/^(street:\n  duties:\n)/m, `$1    - ${STREET_DUTY}\n`));
  const first = /^district:\n  - unit: .*\n    duties:\n      - (.+)$/m.exec(wh004);
  const oldDistrictDuty = first?.[1] ?? '';
  const newDistrictDuty = oldDistrictDuty.replace(/。$/, '') + '，夜间检查每月不少于一次。';
  repo.write(matter('WH-004', list), wh004.replace(`      - ${oldDistrictDuty}`, `      - ${newDistrictDuty}`));
  return { oldDistrictDuty, newDistrictDuty };
}

export const STREET_DUTY = '每月对辖区歌舞娱乐场所开展一次全覆盖检查，检查记录报区文化和旅游局备案。';

export const APPROVAL = `id: 2025-002
applicant: 区文化和旅游局
date: 2025-05-06
reason: 实践需要：新增未成年人夜间营业查处事项，取消WH-002，调整WH-003、WH-004职责。
basis:
  - 《娱乐场所管理条例》第二十三条
items:
  - matter: WH-026
    action: add
  - matter: WH-002
    action: remove
  - matter: WH-003
    action: modify
    parts: [street]
  - matter: WH-004
    action: modify
    parts: [district]
legal_review:
  unit: 区司法局
  date: 2025-05-10
decision:
  result: approved
  date: 2025-05-15
  minutes: 联席会议纪要〔2025〕2号
filing:
  date: 2025-05-20
  number: 陂编办〔2025〕5号
`;
