// `dutylist publish` as a user runs it: the real bin (the single-file build), spawned.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/publish/messages.js';
import { copyLists } from '../context.js';
import { dutylist } from '../e2e/cli.js';
import { LIST } from './helpers.js';

describe('dutylist publish (spawned)', () => {
  it('writes the site of the shipped list, chatter on stderr only', () => {
    const cwd = copyLists('dutylist-publish-cli-');
    const r = dutylist(['publish', '-o', 'site'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('site/index.html');
    expect(readdirSync(join(cwd, 'site', 'matters'))).toHaveLength(readdirSync(join(cwd, LIST, 'matters')).length);
    // Published again over itself: replaced whole, still exit 0.
    expect(dutylist(['publish', LIST, '-o', 'site', '--lang', 'en'], { cwd }).stderr).toMatch(/Wrote the site site/);
  });

  it('exits 2 with one line for a bad date or a folder it did not write', () => {
    const cwd = copyLists('dutylist-publish-cli-');
    const bad = dutylist(['publish', '--on', '2025-13-01', '-o', 'site'], { cwd });
    expect(bad.code).toBe(2);
    expect(existsSync(join(cwd, 'site'))).toBe(false);
    mkdirSync(join(cwd, 'mine'));
    writeFileSync(join(cwd, 'mine', 'notes.txt'), 'keep');
    const foreign = dutylist(['publish', '-o', 'mine'], { cwd });
    expect(foreign.code).toBe(2);
    expect(foreign.stderr.trim().split('\n').at(-1)).toContain('.dutylist-site');
    expect(readdirSync(join(cwd, 'mine'))).toEqual(['notes.txt']);
  });

  it('has help in Chinese', () => {
    const r = dutylist(['publish', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-o, --output <目录>');
    expect(r.stdout).toContain('示例');
  });
});

describe('publish messages', () => {
  const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
  it('exist in both languages with the same placeholders', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort());
    for (const [key, zh] of Object.entries(messages.zh)) expect(placeholders(messages.en[key as keyof typeof messages.en]), key).toEqual(placeholders(zh));
  });
  it('Chinese ones carry no English words (commands, options and file names aside)', () => {
    for (const [key, zh] of Object.entries(messages.zh)) {
      expect(zh.replace(/dutylist \w+|-o|\{\w+\}|list\.yaml/g, ''), key).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});
