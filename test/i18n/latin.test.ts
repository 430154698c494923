// No English in Chinese output: every zh catalogue entry and every command's --help is searched
// for Latin-letter words. Allowed are what the user types or reads as-is: keys, ids, paths, file
// names, rule ids, command and option names, option values, and the names of formats and
// products that have no Chinese name (YAML, Excel, GitHub …).
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { adjustMessages } from '../../src/adjust/messages.js';
import { consultMessages } from '../../src/consult/messages.js';
import { diffMessages } from '../../src/diff/messages.js';
import { messages as exportMessages } from '../../src/export/messages.js';
import { fmtMessages } from '../../src/fmt/messages.js';
import { zh } from '../../src/i18n/zh.js';
import { importMessages } from '../../src/import/messages.js';
import { initMessages } from '../../src/init/messages.js';
import { lawMessages } from '../../src/laws/messages.js';
import { releaseMessages } from '../../src/release/messages.js';
import { messages as publishMessages } from '../../src/publish/messages.js';
import { statsMessages } from '../../src/stats/messages.js';
import { reviewMessages } from '../../src/review/messages.js';
import { filingMessages } from '../../src/filing/messages.js';
import { rules } from '../../src/rules/index.js';
import { latinWords } from './latin.js';

const catalogues: Record<string, Record<string, string>> = {
  core: zh,
  laws: lawMessages.zh,
  export: exportMessages.zh,
  diff: diffMessages.zh,
  fmt: fmtMessages.zh,
  import: importMessages.zh,
  init: initMessages.zh,
  stats: statsMessages.zh,
  release: releaseMessages.zh,
  publish: publishMessages.zh,
  review: reviewMessages.zh,
  filing: filingMessages.zh,
  adjust: adjustMessages.zh,
  consult: consultMessages.zh,
};

describe('no Latin words in Chinese', () => {
  it.each(Object.entries(catalogues))('%s catalogue', (_, entries) => {
    const found = Object.entries(entries).flatMap(([key, text]) => latinWords(text).map((w) => `${key}: ${w}`));
    expect(found).toEqual([]);
  });

  it('rule descriptions', () => {
    expect(rules.flatMap((r) => latinWords(r.description.zh).map((w) => `${r.id}: ${w}`))).toEqual([]);
  });

  const helps = [[], ['check'], ['export'], ['diff'], ['init'], ['new'], ['fmt'], ['import'], ['stats'], ['release'], ['upgrade'], ['publish'], ['consult'], ['review'], ['filing'], ['law'], ['law', 'list'], ['law', 'show'], ['law', 'diff'], ['law', 'add'], ['law', 'drafts']];
  it.each(helps.map((h) => [h.join(' ') || '(dutylist)', h] as const))('%s --help', async (_, args) => {
    let out = '';
    const code = await main([...args, '--help'], { out: (s) => (out += s), err: (s) => (out += s), env: {}, isTTY: false });
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(100);
    expect(latinWords(out)).toEqual([]);
  });

  const mistakes = [['check', '--bogus'], ['chek'], ['init'], ['check', 'a', 'b'], ['stats', '--format', 'xml'], ['check', '--on'], ['--lang', 'fr', 'check'], ['law', 'bogus']];
  it.each(mistakes.map((m) => [m.join(' '), m] as const))('usage error: %s', async (_, args) => {
    let err = '';
    const code = await main([...args], { out: () => undefined, err: (s) => (err += s), env: {}, isTTY: false });
    expect(code).toBe(2);
    expect(err).toMatch(/^dutylist: .+\n$/);
    // What the user typed is echoed back as typed.
    expect(latinWords(err.replace(/^dutylist: /, '')).filter((w) => !args.some((a) => a.includes(w)))).toEqual([]);
  });

  it('the checker itself finds English', () => {
    expect(latinWords('缩进不正确：Flow sequence in block collection')).toEqual(['Flow', 'sequence', 'in', 'block', 'collection']);
    expect(latinWords('（可选：table、json, default: table）')).toEqual(['default']);
    expect(latinWords('用 dutylist law add 把 lists/laws/x.md 加入，见 unit/unknown 与 --max-warnings')).toEqual([]);
  });
});
