import { it } from 'vitest';
import { exportCommand } from '../../src/commands/export.js';
it('x', async () => {
  const ctx = { lang: 'zh' as const, color: false, out: (s: string) => process.stdout.write(s), err: (s: string) => process.stdout.write(s), cwd: '/work/main', today: '2025-06-01' };
  console.log(await exportCommand('lists/huangpi-culture-tourism', { output: '/tmp/xb/out.xlsx' }, ctx));
  console.log(await exportCommand('lists/huangpi-culture-tourism', { output: '/tmp/xb/out-text.xlsx', withText: true }, ctx));
});
