// A small seeded fuzz of the two front doors every list passes (issue 13): the citation parser and
// the YAML reader. Deterministic — the same inputs on every run and machine — and well within a
// minute. Each input must give findings or data, never a throw, with positions inside the input,
// and in time proportional to its size.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCitation } from '../../src/laws/citation.js';
import { expandRefs } from '../../src/laws/ranges.js';
import { findInstrument, loadRegistry, versionOn } from '../../src/laws/registry.js';
import { checkCitation, normaliseCitation } from '../../src/laws/resolve.js';
import { readYamlBytes } from '../../src/load/read.js';
import { textFindings } from '../../src/rules/text-characters.js';
import { loadCompiledSchemas, validateShape } from '../../src/schema/validate.js';
import { REGISTRY_DIR } from '../laws/helpers.js';

/** mulberry32: a tiny seeded generator, so a failure names the seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

// Pieces of citations as offices write them, and pieces that break them.
const PIECES = [
  '《娱乐场所管理条例》', '《中华人民共和国旅游法》', '《示例条例》', '娱乐场所管理条例', '《', '》', '（', '）', '〔2023〕', '鄂政发〔2023〕12号',
  '第', '条', '款', '项', '之', '至', '到', '-', '～', '、', '，', '和', '及', '以及', '；', '。', '\n', ' ', '\u3000',
  '一', '二', '十', '百', '千', '零', '〇', '两', '九千九百九十九', '一百零五', '三十、三十二、六十一', '0', '3', '10000', '99999999999999999999', '１２', '１００００',
  '第二十三条', '第四十八条第三项', '第一条至第九千九百九十九条', '第五条第一款至第三款', '第九十九条至第一条', '第二十条之一', '的规定', '等',
  '\u001b[2J', '\uFFFE', '\uD800', '\u202E', '\u200B', '😀', '"', "'", '#', ':',
];

function citationInput(r: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 24);
  for (let i = 0; i < n; i++) parts.push(pick(r, PIECES));
  return parts.join('');
}

describe('fuzz: citation parser', () => {
  const registry = loadRegistry(REGISTRY_DIR, { cacheDir: false });
  const version = versionOn(findInstrument(registry, '娱乐场所管理条例')!.instrument, '2025-06-01');

  it('5,000 seeded citations: never a throw, spans inside the string, ranges bounded by the law', () => {
    const started = Date.now();
    for (let seed = 1; seed <= 5_000; seed++) {
      const r = random(seed);
      const s = citationInput(r);
      let parsed: ReturnType<typeof parseCitation>;
      try {
        parsed = parseCitation(s);
        const findings = checkCitation(registry, s, '2025-06-01', r() < 0.5 ? {} : { citedOn: '2020-01-01' });
        for (const f of [...parsed.findings, ...findings]) {
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeLessThanOrEqual(s.length);
          expect(f.span.start).toBeLessThanOrEqual(f.span.end);
        }
        normaliseCitation(registry, s);
        for (const law of parsed.laws) {
          expect(expandRefs(law.refs, version).length).toBeLessThanOrEqual(law.refs.length * Math.max(1, version?.articles.length ?? 0));
        }
      } catch (e) {
        throw new Error(`seed ${seed}: ${JSON.stringify(s)}: ${String(e)}`);
      }
    }
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('cost grows with length, not with the numbers written', () => {
    const long = '《娱乐场所管理条例》第一条至第九千九百九十九条、'.repeat(2_000);
    const started = Date.now();
    const findings = checkCitation(registry, long, '2025-06-01');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(findings.filter((f) => f.code === 'article-missing').length).toBeLessThanOrEqual(2_000);
  });
});

describe('fuzz: YAML front door', () => {
  const seedText = readFileSync(new URL('../fixtures/base/list/matters/T-001.yaml', import.meta.url), 'utf8');
  beforeAll(async () => {
    await loadCompiledSchemas();
  });

  // Mutations a hostile or a careless file brings: bytes replaced, inserted, cut; lines doubled;
  // YAML syntax, tags, anchors, escapes and invalid UTF-8 dropped in.
  const INSERTS = ['\t', ':', '- ', '[', ']', '{', '}', '&a ', '*a', '!!binary ', '!!js/function ', '"', "'", '\\', '\\e', '\\uFFFE', '\n', '\r', '#', '? ', '---\n', '...\n', '%YAML 1.1\n', '<<: *a\n', '__proto__: 1\n', 'constructor: x\n'];

  function mutate(r: () => number): Uint8Array {
    let bytes = Buffer.from(seedText, 'utf8');
    const steps = 1 + Math.floor(r() * 6);
    for (let i = 0; i < steps; i++) {
      const at = Math.floor(r() * bytes.length);
      const kind = Math.floor(r() * 5);
      if (kind === 0) bytes[at] = Math.floor(r() * 256);
      else if (kind === 1) bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(r, INSERTS)), bytes.subarray(at)]);
      else if (kind === 2) bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + 1 + Math.floor(r() * 40)))]);
      else if (kind === 3) bytes = Buffer.concat([bytes, bytes.subarray(at, Math.min(bytes.length, at + 200))]);
      else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([[0xff, 0xfe, 0xc0, 0x80][Math.floor(r() * 4)] ?? 0]), bytes.subarray(at)]);
    }
    return bytes;
  }

  it('2,000 seeded mutations of a matter: problems or data, positioned, never a throw', () => {
    const started = Date.now();
    for (let seed = 1; seed <= 2_000; seed++) {
      const bytes = mutate(random(seed));
      try {
        const read = readYamlBytes(bytes, 'T-001.yaml', 'T-001.yaml');
        for (const p of read.problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
        }
        if (read.problems.length === 0) {
          validateShape('matter', read.data, 'zh');
          textFindings(read.data);
          // Prototype keys stay plain data.
          expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        }
      } catch (e) {
        throw new Error(`seed ${seed}: ${String(e)}`);
      }
    }
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
