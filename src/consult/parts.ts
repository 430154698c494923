// The parts of a matter an opinion can be about, as the 涉及部分 column offers them (the labels of
// the 调整对照表, one place for both) and as people actually write them back.
import { diffMessages } from '../diff/messages.js';
import type { Opinion } from '../types.js';

export type OpinionPart = NonNullable<Opinion['part']>;

const PARTS: readonly OpinionPart[] = ['name', 'district', 'street', 'basis', 'responsibility', 'note'];

/** Chinese label of each part (the documents are Chinese whatever the interface language). */
export const PART_LABELS: Readonly<Record<OpinionPart, string>> = Object.fromEntries(
  PARTS.map((p) => [p, diffMessages.zh[`diff.part.${p}`] ?? p]),
) as Record<OpinionPart, string>;

// What a person types instead of picking from the list: a word of the label is enough.
const WORDS: readonly [RegExp, OpinionPart][] = [
  [/名称/, 'name'],
  [/区级|部门/, 'district'],
  [/街道|乡/, 'street'],
  [/依据|法律|法规/, 'basis'],
  [/责任|主体|配合|划分/, 'responsibility'],
  [/备注/, 'note'],
];

/** The part a 涉及部分 cell names, or undefined when it names none (or more than one). */
export function partOf(text: string): OpinionPart | undefined {
  const label = text.trim();
  if (label === '') return undefined;
  const exact = PARTS.find((p) => PART_LABELS[p] === label || p === label);
  if (exact) return exact;
  const hits = [...new Set(WORDS.filter(([re]) => re.test(label)).map(([, p]) => p))];
  return hits.length === 1 ? hits[0] : undefined;
}
