// Domain types shared by every layer. Shapes mirror schema/*.schema.json, which is the only
// place the shape is checked; these types describe data that has already passed the schema.

/** 区级部门职责: one district unit and what it does for this matter. */
export interface DistrictDuty {
  /** 单位名称, as in the unit registry. */
  unit: string;
  /** 职责, one concrete duty per entry. */
  duties: string[];
}

/** 事项: one matter of the list, the seven parts plus optional extras. */
export interface Matter {
  /** 事项编码, equals the file name without `.yaml`. */
  id: string;
  /** 事项类型, from the manifest's vocabulary. */
  type: string;
  /** 事项名称. */
  name: string;
  /** 区级部门职责. */
  district: DistrictDuty[];
  /** 街道职责. */
  street: { duties: string[] };
  /** 法律法规及文件依据: citation strings. */
  basis: string[];
  /** 主体责任 / 配合责任: unit names. */
  responsibility: { primary: string[]; supporting: string[] };
  /** 权力类型 (行政检查/行政处罚/…). */
  power_type?: string;
  /** 权力清单 item references. */
  power_refs?: string[];
  /** 赋权依据: the document handing an enforcement power to the sub-districts. */
  delegation?: { document: string; scope?: string };
  /** 原文摘录: quoted article text, checked against the registry. */
  quotes?: { citation: string; text: string }[];
  /** 备注. */
  note?: string;
}

/** 单位类别. */
export type UnitKind = 'district' | 'street' | 'reviewer' | 'city' | 'other';

/** 单位: an entry of units.yaml. */
export interface Unit {
  name: string;
  kind: UnitKind;
  aliases?: string[];
  /** The authorities the law texts name whose powers the unit exercises (文化主管部门 …). */
  roles?: string[];
}

/** units.yaml. */
export interface UnitRegistry {
  region?: string;
  /** The collective name that stands for every sub-district (e.g. 各街道办事处（乡人民政府）). */
  streets_collective: string;
  units: Unit[];
}

/** list.yaml: 清单信息. */
export interface ListManifest {
  title: string;
  region: string;
  domain: string;
  version: string;
  effective: string;
  issuers: string[];
  filing_office: string;
  types: string[];
  /** 事项编码前缀 (e.g. WH): new ids are this prefix, a hyphen and the next free number. */
  id_prefix?: string;
  /** Relative paths to the shared registry files. */
  laws?: string;
  units?: string;
  /** Per-rule severity overrides: rule id → error | warning | off. */
  rules?: Record<string, RuleSetting>;
  /** Optional text under the title on the workbook. */
  subtitle?: string;
}

export type RuleSetting = Severity | 'off';

/** 调整申请: an adjustment record (adjustments/*.yaml). */
export interface Adjustment {
  id: string;
  /** `draft`: written by dutylist after a law revision, not yet reviewed; never approved. */
  status?: 'draft';
  applicant: string;
  date: string;
  reason: string;
  basis?: string[];
  contact?: string;
  items: AdjustmentItem[];
  legal_review?: { unit: string; date: string; opinion?: string };
  decision?: { result: 'approved' | 'rejected'; date: string; minutes?: string };
  filing?: { office?: string; date: string; number: string };
  note?: string;
}

export interface AdjustmentItem {
  matter: string;
  action: 'add' | 'remove' | 'modify';
  parts?: MatterPart[];
  /** 调整前内容: the changed parts as they read before (for a comparison without an earlier version). */
  before?: Partial<Pick<Matter, MatterPart>>;
  /** Citation changes a law revision causes; `fmt --fix` applies them once approved. */
  citations?: CitationChange[];
  note?: string;
}

/** 审查结论 of the legality review. */
export type ReviewConclusion = '合法' | '需修改' | '不合法';

/** 合法性审查记录: a review file (reviews/<date>.yaml). */
export interface ReviewRecord {
  date: string;
  unit: string;
  list_version?: string;
  entries: ReviewEntry[];
}

/** The review of one matter: what was reviewed (its content hash), the conclusion, by whom, when. */
export interface ReviewEntry {
  matter: string;
  hash: string;
  conclusion: ReviewConclusion;
  opinion?: string;
  reviewer: string;
  date: string;
}

/** One citation of a matter, as written (`from`) and as it becomes (`to`, once settled). */
export interface CitationChange {
  from: string;
  to?: string;
  /** What a person must look at (an article removed or reworded). */
  review?: string;
}

/** 征求意见记录: the opinions of one consultation round (consultations/<date>.yaml). */
export interface Consultation {
  list_version: string;
  date: string;
  deadline?: string;
  units: ConsultedUnit[];
}

export interface ConsultedUnit {
  unit: string;
  replied: boolean;
  file?: string;
  opinions?: Opinion[];
}

/** One opinion of a unit on a matter; `adoption` and `reason` are the office's answer. */
export interface Opinion {
  matter: string;
  part?: Exclude<MatterPart, 'type'>;
  opinion?: string;
  suggestion?: string;
  contact?: string;
  adoption?: 'adopted' | 'partly' | 'declined';
  reason?: string;
}

/** The seven parts (plus note) by key. */
export type MatterPart = 'type' | 'name' | 'district' | 'street' | 'basis' | 'responsibility' | 'note';

export type Severity = 'error' | 'warning';

/** A data path inside a YAML document: keys and indexes. */
export type DataPath = (string | number)[];

/** One finding of any layer: YAML syntax, schema or rule. */
export interface Diagnostic {
  /** Path of the file, relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** Rule id, e.g. `citation/unknown-law`, `schema`, `yaml/duplicate-key`. */
  rule: string;
  /** What is wrong, in the chosen language. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Data path of the offending value, if any. */
  path: DataPath;
}
