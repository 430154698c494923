// Who an article gives a power to. The law texts name the authority in many ways (文化主管部门,
// 文化行政部门, 文化和旅游主管部门; 公安机关, 公安部门; 工商行政管理部门 before 2018): each is read
// as one role, the word units.yaml uses in `roles`.
interface RoleSpelling {
  role: string;
  pattern: RegExp;
}

const SPELLINGS: RoleSpelling[] = [
  { role: '文化主管部门', pattern: /文化(?:和旅游)?(?:主管|行政)部门|文化市场综合执法|文化和旅游[、等]/ },
  { role: '旅游主管部门', pattern: /旅游(?:行政)?(?:主管|行政管理|行政)部门|管理旅游工作的部门|文化和旅游[、等]/ },
  { role: '文物主管部门', pattern: /文物(?:主管|行政)部门/ },
  { role: '出版主管部门', pattern: /出版(?:行政)?(?:主管)?部门|负责出版管理的(?:行政)?部门/ },
  { role: '体育主管部门', pattern: /体育(?:主管|行政)部门/ },
  { role: '公安机关', pattern: /公安(?:机关|部门|派出所|等部门)/ },
  { role: '消防救援机构', pattern: /消防救援机构|消防机构/ },
  { role: '市场监督管理部门', pattern: /市场监督管理(?:部门|[、等])|市场监管部门|工商行政管理部门/ },
  { role: '景区主管部门', pattern: /景区主管部门/ },
  { role: '应急管理部门', pattern: /应急管理部门|负有安全生产监督管理职责的部门/ },
  { role: '教育行政部门', pattern: /教育(?:主管|行政)部门/ },
  { role: '住房和城乡建设主管部门', pattern: /住房(?:和|与)?城乡建设(?:主管|行政)?部门/ },
];

const named = new Map<string, string[]>();

/** The roles a text names, in a fixed order (remembered: the texts are the registry's). */
export function rolesNamed(text: string): string[] {
  const known = named.get(text);
  if (known) return known;
  const roles = SPELLINGS.filter((s) => s.pattern.test(text)).map((s) => s.role);
  if (named.size >= 10_000) named.clear();
  named.set(text, roles);
  return roles;
}

/** The role a `roles` entry of units.yaml stands for (a spelling the law texts use counts too). */
export function canonicalRole(written: string): string {
  return rolesNamed(written)[0] ?? written;
}
