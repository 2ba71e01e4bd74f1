/**
 * Where tests find things. The real data lives in ../shared/data beside the checkout (see
 * its README.md); tests read it, never copy it into the repository.
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

// Compiled to dist/test/support/paths.js: the repository root is three levels up.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED_DATA = resolve(REPO_ROOT, '../shared/data');
export const FIXTURES = resolve(REPO_ROOT, 'test/fixtures');

export function sharedData(...parts: string[]): string {
  return resolve(SHARED_DATA, ...parts);
}
