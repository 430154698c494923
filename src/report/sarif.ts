import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describeRule } from './describe.js';
import type { Formatter } from './types.js';

/** SARIF 2.1.0, as read by GitHub code scanning and most CI dashboards. */
export const sarif: Formatter = (diagnostics, { lang }) => {
  const ids = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dutylist',
            informationUri: 'https://github.com/dutylist/dutylist',
            rules: ids.map((id) => ({
              id,
              shortDescription: { text: describeRule(id, lang) },
              helpUri: `https://github.com/dutylist/dutylist#${encodeURIComponent(id)}`,
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: ids.indexOf(d.rule),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.hint ? `${d.message} ${d.hint}` : d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file.startsWith('..') ? pathToFileURL(resolve(d.file)).href : encodeURI(d.file) },
                region: {
                  startLine: d.line,
                  startColumn: d.column,
                  ...(d.endLine ? { endLine: d.endLine, endColumn: d.endColumn ?? d.column } : {}),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
