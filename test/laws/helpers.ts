import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = resolve(REPO, 'test/laws/fixtures');
export const REGISTRY_DIR = resolve(FIXTURES, 'registry');
/** CI keeps shared/ beside the clone. */
export const SHARED_LAWS = resolve(REPO, '../shared/laws');
export const HAS_SHARED = existsSync(SHARED_LAWS);
export const LIST_LAWS = resolve(REPO, 'lists/laws');
