/**
 * Golden files for parser output: items are written as pretty JSON with sorted keys, so a
 * diff shows exactly which entity or value changed. A test compares against the stored
 * file; with UPDATE_GOLDEN=1 it rewrites the file instead (refreshed only on purpose).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FIXTURES } from './paths.js';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
  }
  return value;
}

/** Compares `actual` with test/fixtures/golden/<relativePath>, or rewrites it when UPDATE_GOLDEN=1. */
export function assertGolden(relativePath: string, actual: unknown): void {
  const file = resolve(FIXTURES, 'golden', relativePath);
  const text = `${JSON.stringify(sortKeys(actual), null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  assert.ok(existsSync(file), `golden file ${file} is missing; run the test with UPDATE_GOLDEN=1 to create it`);
  // Parsed comparison: a failure shows the differing entities, not two long strings.
  assert.deepEqual(JSON.parse(text), JSON.parse(readFileSync(file, 'utf8')), `output differs from ${file}`);
}
