// One version: package.json, --version, and the banner of the single-file build that init copies
// and upgrade compares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildVersion } from '../../src/init/vendor.js';
import { VERSION } from '../../src/version.js';
import { dutylist, root } from '../e2e/cli.js';

it('package.json, --version and the build banner agree', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
  expect(buildVersion(readFileSync(join(root, 'dist', 'dutylist.mjs'), 'utf8'))).toBe(pkg.version);
  expect(dutylist(['--version']).stdout.trim()).toBe(pkg.version);
});
