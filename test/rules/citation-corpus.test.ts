// A corpus of wrong citations made from the shipped list: every article it cites from a law with
// text is swapped in turn for other existing articles of the same law, at least five articles
// away, and the citation rules must flag the swap. The corrected list itself must stay quiet.
// Recall and false alarms are printed for the closing note of issue 10.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkList, citationDates } from '../../src/check/run.js';
import { articleLabel, citedArticles } from '../../src/laws/index.js';
import { relevances } from '../../src/rules/citation-off-topic.js';
import { rules, type RuleContext } from '../../src/rules/index.js';
import type { Matter } from '../../src/types.js';

const listDir = fileURLToPath(new URL('../../lists/huangpi-culture-tourism', import.meta.url));
const ON = '2025-06-01';
const MIN_DISTANCE = 5;
const PER_CITATION = 3;
const citationRules = rules.filter((r) => r.id === 'citation' || r.id.startsWith('citation/'));

const checked = checkList(listDir, { lang: 'zh', onDate: ON, cwd: process.cwd() });
const { manifest, units, registry } = checked;
if (!manifest || !units) throw new Error('shipped list did not load');
const citedOn = citationDates(manifest.effective, checked.adjustments.map((a) => a.adjustment));

function context(matter: Matter): RuleContext {
  return {
    fileId: matter.id, manifest: manifest!, units: units!, registry, onDate: ON, citedOn: citedOn(matter.id),
    ids: new Map([[matter.id, [matter.id]]]), names: new Map([[matter.name, [matter.id]]]), reviews: new Map(),
  };
}

/** The findings as rule id → what they say (citation/unverifiable left out: it says nothing
 *  about the swap). A swap is flagged by a finding the unswapped matter does not have. */
function findings(matter: Matter): Map<string, Set<string>> {
  const ctx = context(matter);
  const found = new Map<string, Set<string>>();
  for (const rule of citationRules) {
    for (const f of rule.check(matter, ctx)) {
      const id = f.rule ?? rule.id;
      if (id === 'citation/unverifiable') continue;
      const set = found.get(id) ?? new Set();
      set.add(JSON.stringify([f.path, f.message, f.params]));
      found.set(id, set);
    }
  }
  return found;
}

interface Swap {
  matter: string;
  from: string;
  to: string;
  flagged: string[];
}

// A small deterministic generator, so the corpus is the same on every run.
function picker(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function swaps(): Swap[] {
  const out: Swap[] = [];
  const random = picker(20250401);
  for (const { matter } of checked.matters) {
    const before = findings(matter);
    matter.basis.forEach((line, i) => {
      const ctx = context(matter);
      const lines = citedArticles(registry, line, ctx.onDate, ctx.citedOn);
      const citedHere = new Set(matter.basis.flatMap((b) => citedArticles(registry, b, ctx.onDate, ctx.citedOn)).flatMap((c) => c.articles.map((a) => a.article)));
      for (const c of lines) {
        // One citation per article, and one per range (第七十六条至第七十八条, swapped whole).
        const groups = new Map<string, typeof c.articles>();
        for (const a of c.articles) {
          const key = a.range === undefined ? `a${c.version.articles.indexOf(a.article)}` : `r${a.range}`;
          groups.set(key, [...(groups.get(key) ?? []), a]);
        }
        for (const refs of groups.values()) {
          const article = refs[0]!.article;
          const start = Math.min(...refs.map((r) => r.ref.span.start));
          const end = Math.max(...refs.map((r) => r.ref.span.end));
          const written = line.slice(start, end);
                    const at = c.version.articles.indexOf(article);
          const far = c.version.articles.filter((a, k) => Math.abs(k - at) >= MIN_DISTANCE && !citedHere.has(a));
          for (let n = 0; n < PER_CITATION && far.length > 0; n++) {
            const [target] = far.splice(Math.floor(random() * far.length), 1);
            if (!target) break;
            const label = articleLabel(target.number, target.suffix);
            const basis = [...matter.basis];
            basis[i] = line.slice(0, start) + label + line.slice(end);
            const after = findings({ ...matter, basis });
            const flagged = [...after].filter(([id, said]) => [...said].some((x) => !before.get(id)?.has(x))).map(([id]) => id);
            const swap: Swap = { matter: matter.id, from: `《${c.instrument.title}》${written}`, to: label, flagged };
            if (process.env.CORPUS_VERBOSE) {
              const r = relevances({ ...matter, basis }, ctx).find((x) => x.article === target);
              swap.to += ` ratio ${r?.ratio.toFixed(2)} score ${r?.score.toFixed(1)} best ${r?.best?.article.label} ${r?.best?.score.toFixed(1)} ${r?.exempt ?? ''}`;
            }
            out.push(swap);
          }
        }
      }
    });
  }
  return out;
}

describe('citation corpus (issue 10)', () => {
  it('flags at least 90 % of swapped citations', () => {
    const corpus = swaps();
    const flagged = corpus.filter((s) => s.flagged.length > 0);
    const recall = flagged.length / corpus.length;
    const byRule = new Map<string, number>();
    for (const s of flagged) for (const id of s.flagged) byRule.set(id, (byRule.get(id) ?? 0) + 1);
    console.log(`swaps: ${corpus.length}, flagged: ${flagged.length} (${(recall * 100).toFixed(1)} %); by rule: ${[...byRule].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (process.env.CORPUS_VERBOSE) for (const s of corpus) console.log(`${s.flagged.length ? 'caught' : 'missed'} ${s.matter} ${s.from} → ${s.to}`);
    expect(corpus.length).toBeGreaterThan(150);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it.runIf(process.env.CORPUS_VERBOSE)('prints the scores of the shipped citations', () => {
    for (const { matter } of checked.matters) {
      for (const r of relevances(matter, context(matter))) {
        console.log(`cited ${matter.id} ${r.article.label} ratio ${r.ratio.toFixed(2)} score ${r.score.toFixed(1)} best ${r.best?.article.label} ${r.best?.score.toFixed(1)} ${r.exempt ?? ''}`);
      }
    }
  });

  it('finds at most two problems on the shipped list beyond citation/unverifiable', () => {
    const extra = checked.diagnostics.filter((d) => d.rule !== 'citation/unverifiable');
    console.log(`shipped list: ${extra.length} findings beyond citation/unverifiable${extra.map((d) => `\n  ${d.file}:${d.line} ${d.rule}`).join('')}`);
    expect(extra.length).toBeLessThanOrEqual(2);
  });
});
