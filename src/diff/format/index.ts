import { json } from './json.js';
import { markdown } from './markdown.js';
import { text } from './text.js';
import type { DiffFormatter } from './types.js';

export const diffFormatters = { text, markdown, json } satisfies Record<string, DiffFormatter>;
export type DiffFormatName = keyof typeof diffFormatters;
export type { DiffFormatOptions, DiffFormatter } from './types.js';
