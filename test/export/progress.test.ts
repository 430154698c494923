import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/export/progress.js';

describe('progress bar', () => {
  it('stays silent when not on a terminal, and on a short run', () => {
    const out: string[] = [];
    const off = progressBar(1000, '正在生成', false, (s) => void out.push(s));
    for (let i = 1; i <= 1000; i++) off.update(i);
    off.end();
    let now = 0;
    const quick = progressBar(1000, '正在生成', true, (s) => void out.push(s), () => now);
    for (let i = 1; i <= 1000; i++) quick.update(i);
    quick.end();
    expect(out).toEqual([]);
  });

  it('draws on stderr once the run passes a second, and clears itself', () => {
    const out: string[] = [];
    let now = 0;
    const bar = progressBar(10_000, '正在生成', true, (s) => void out.push(s), () => now);
    for (let i = 1; i <= 10_000; i++) {
      now = i / 5;
      bar.update(i);
    }
    bar.end();
    expect(out.length).toBeGreaterThan(10);
    expect(out.length).toBeLessThanOrEqual(102);
    expect(out[out.length - 2]).toMatch(/100% 10000\/10000$/);
    expect(out[out.length - 1]).toBe('\r\u001b[K');
  });
});
