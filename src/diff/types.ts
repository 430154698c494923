// The shape of a diff between two versions of a list. The JSON output is this, serialised as is,
// so every field here is part of the documented `--format json` contract.
import type { DistrictDuty, Matter, MatterPart } from '../types.js';

/** 新增 / 取消 / 变更. */
export type ChangeKind = 'add' | 'remove' | 'modify';

/** One duty of one district unit, the entry of the 区级部门职责 list. */
export interface UnitDuty {
  unit: string;
  duty: string;
}

/** One unit in one role, the entry of the 主体责任 / 配合责任 lists. */
export interface RoleEntry {
  role: 'primary' | 'supporting';
  unit: string;
}

/** An entry removed and an entry added that read as the same entry reworded. */
export interface Reworded<T> {
  before: T;
  after: T;
}

/** 事项类型, 事项名称, 备注: one string each; null when absent. */
export interface TextPartChange {
  part: 'type' | 'name' | 'note';
  before: string | null;
  after: string | null;
}

/** 街道职责 (the duties) and 法律法规及文件依据 (the citations): string lists. */
export interface StringListPartChange {
  part: 'street' | 'basis';
  before: string[] | null;
  after: string[] | null;
  /** Entries of `after` not in `before` (a reworded entry is here and in `removed` too). */
  added: string[];
  removed: string[];
  /** Pairs of a removed and an added entry that are the same entry reworded. */
  reworded: Reworded<string>[];
}

export interface DistrictPartChange {
  part: 'district';
  before: DistrictDuty[] | null;
  after: DistrictDuty[] | null;
  added: UnitDuty[];
  removed: UnitDuty[];
  reworded: Reworded<UnitDuty>[];
}

export interface ResponsibilityPartChange {
  part: 'responsibility';
  before: Matter['responsibility'] | null;
  after: Matter['responsibility'] | null;
  added: RoleEntry[];
  removed: RoleEntry[];
}

export type PartChange = TextPartChange | StringListPartChange | DistrictPartChange | ResponsibilityPartChange;

/** Every part a change may report, in the order of the seven parts. */
export const PART_ORDER: readonly MatterPart[] = ['type', 'name', 'district', 'street', 'basis', 'responsibility', 'note'];

/** One matter that differs between the two versions. */
export interface MatterChange {
  id: string;
  /** 事项名称 in the newer version (the older one for a removal). */
  name: string;
  kind: ChangeKind;
  /** For `modify` the parts that differ; for `add`/`remove` every part the matter has. */
  parts: PartChange[];
}

/** Where a matter of one version came from, for positioned findings. */
export interface MatterOrigin {
  /** Display path (relative to the working directory). */
  file: string;
  matter: Matter;
}
