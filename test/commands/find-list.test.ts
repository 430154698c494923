// Commands find the list from wherever the clerk stands inside it: matters/, adjustments/, the
// repository's tools/ or lists/ — and never climb out of the repository.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { findList } from '../../src/load/list.js';
import { dutylist } from '../e2e/cli.js';
import { copyLists, LIST } from './helpers.js';

describe('finding the list', () => {
  const cwd = copyLists();
  const list = join(cwd, LIST);
  mkdirSync(join(cwd, '.git'));
  mkdirSync(join(cwd, 'tools'));

  it.each([['matters'], ['adjustments'], ['.'], ['..'], ['../laws'], ['../../tools']])('from %s', (sub) => {
    expect(findList(undefined, join(list, sub), 'zh').dir).toBe(list);
  });

  it('stops at the repository root', () => {
    const inner = join(mkdtempSync(join(tmpdir(), 'dutylist-find-')), 'repo');
    mkdirSync(join(inner, '.git'), { recursive: true });
    mkdirSync(join(inner, 'docs'));
    expect(() => findList(undefined, join(inner, 'docs'), 'zh')).toThrow(InputError);
  });

  it('check run from matters/ checks the list above', () => {
    const r = dutylist(['check', '--format', 'json'], { cwd: join(list, 'matters') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ matters: 25, errors: 0 });
  });
});
