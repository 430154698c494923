import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdownSummary } from './markdown-summary.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** The formats `check --format` accepts. */
export const formatters = { stylish, json, github, sarif, junit } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof formatters;
export { markdownSummary };
export type { Formatter, ReportOptions } from './types.js';
