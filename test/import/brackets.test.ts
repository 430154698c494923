// Issue 12: the missing-brackets fix adds 《》 only around a registered title or alias, in `fmt`
// as in `import` (both go through the citation layer).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fmtCommand } from '../../src/commands/fmt.js';
import { capture, copyLists, LIST } from './helpers.js';

describe('fmt and the missing-brackets fix', () => {
  it('brackets a registered title, never a wrapped fragment of article text', async () => {
    const cwd = copyLists();
    const file = join(cwd, LIST, 'matters', 'WH-016.yaml');
    const text = readFileSync(file, 'utf8').replace(/^basis:\n/m, 'basis:\n  - 依法生育第二个子女的\n  - 旅游法第二十八条\n  - 《中华人民共和国旅游法》第三十、三十二条\n');
    writeFileSync(file, text);
    expect(await fmtCommand(LIST, {}, capture(cwd).ctx)).toBeGreaterThanOrEqual(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('  - 依法生育第二个子女的\n');
    expect(after).not.toContain('《依法生育》');
    expect(after).toContain('  - 《中华人民共和国旅游法》第二十八条\n');
    expect(after).toContain('  - 《中华人民共和国旅游法》第三十条、第三十二条\n');
  });
});
