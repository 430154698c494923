// The consultation record (consultations/<date>.yaml): every unit consulted, in the order the
// round asked them, with its reply or the fact that none came. Collecting again on the same day
// keeps the office's answers (采纳情况, 理由) already written into the record.
import { stringify } from 'yaml';
import { formatYaml } from '../fmt/format.js';
import { schemaModeline } from '../import/modeline.js';
import type { Consultation, ConsultedUnit, Opinion } from '../types.js';
import type { ReadOpinion } from './read.js';

/** What came back from one unit: the file names and the opinions read from them. */
export interface Reply {
  files: string[];
  opinions: ReadOpinion[];
}

export interface RecordInput {
  version: string;
  date: string;
  deadline?: string;
  /** Every unit consulted, in order. */
  units: readonly string[];
  replies: ReadonlyMap<string, Reply>;
  /** The record of the same date written before, if any. */
  previous?: Consultation;
}

export function consultationRecord(input: RecordInput): { record: Consultation; kept: number } {
  const earlier = answersOf(input.previous);
  let kept = 0;
  const units = input.units.map((unit): ConsultedUnit => {
    const reply = input.replies.get(unit);
    if (!reply) return { unit, replied: false };
    const opinions = reply.opinions.map((o): Opinion => {
      const opinion: Opinion = {
        matter: o.matter,
        ...(o.part ? { part: o.part } : {}),
        ...(o.opinion ? { opinion: o.opinion } : {}),
        ...(o.suggestion ? { suggestion: o.suggestion } : {}),
        ...(o.contact ? { contact: o.contact } : {}),
      };
      const answer = earlier.get(keyOf(unit, opinion));
      if (answer) kept++;
      return { ...opinion, ...answer };
    });
    return { unit, replied: true, file: reply.files.join('、'), ...(opinions.length > 0 ? { opinions } : {}) };
  });
  return { record: { list_version: input.version, date: input.date, ...(input.deadline ? { deadline: input.deadline } : {}), units }, kept };
}

/** The record as the file holds it: modeline, then keys in the schema's order. */
export function recordText(record: Consultation, dir: string): string {
  const modeline = schemaModeline(dir, 'consultation');
  const text = `${modeline ? `${modeline}\n` : ''}${stringify(record, { lineWidth: 0, minContentWidth: 0, singleQuote: true })}`;
  const formatted = formatYaml(text, 'consultation', (s) => s);
  return formatted.ok ? formatted.text : text;
}

function keyOf(unit: string, o: Opinion): string {
  return [unit, o.matter, o.opinion ?? '', o.suggestion ?? ''].join('\0');
}

function answersOf(previous: Consultation | undefined): Map<string, Pick<Opinion, 'adoption' | 'reason'>> {
  const out = new Map<string, Pick<Opinion, 'adoption' | 'reason'>>();
  for (const u of previous?.units ?? []) {
    for (const o of u.opinions ?? []) {
      if (o.adoption === undefined && o.reason === undefined) continue;
      out.set(keyOf(u.unit, o), { ...(o.adoption ? { adoption: o.adoption } : {}), ...(o.reason ? { reason: o.reason } : {}) });
    }
  }
  return out;
}
