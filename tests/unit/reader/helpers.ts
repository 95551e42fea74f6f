import { readFileSync } from 'fs';
import { join } from 'path';
export { read, fold } from '../../../src/plugins/source-import/server/src/reader';
export type { Reading, Quote, Speaker } from '../../../src/plugins/source-import/server/src/reader';

export const ROOT = join(__dirname, '..', '..', '..');
export const SEED_DIR = join(ROOT, 'tests', 'fixtures', 'seed');
export const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'reader');

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}
