import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TESTS = path.resolve(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : testFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('fast-check settings', () => {
  // This file names fc.assert only in its checks.
  const files = testFiles(TESTS).filter((f) => f !== import.meta.filename && readFileSync(f, 'utf8').includes('fc.assert('));

  it('there are property tests to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files.map((f) => [path.relative(TESTS, f), f]))('%s: every fc.assert takes its seed and run count from fcParams (CHARTER_FC_SEED, CHARTER_FC_RUNS)', (_, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.split('fc.assert(').length).toBe(text.split('fcParams(').length);
    expect(text).not.toMatch(/numRuns\s*:/);
  });
});
