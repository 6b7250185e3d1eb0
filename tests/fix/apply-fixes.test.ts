import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/findings/apply-fixes.js';

describe('applyFixes', () => {
  it('splices every fix into the text, keeping the rest as it was', () => {
    const text = 'a: 1 # one\nb: 2\n';
    const out = applyFixes(text, [
      { range: [11, 12], text: 'c' },
      { range: [0, 1], text: 'x' },
    ]);
    expect(out).toEqual({ text: 'x: 1 # one\nc: 2\n', applied: 2, skipped: 0 });
  });

  it('leaves a fix that overlaps or touches one taken before it for the next pass', () => {
    const out = applyFixes('abcdef', [
      { range: [0, 3], text: 'X' },
      { range: [2, 4], text: 'Y' },
      { range: [3, 4], text: 'Z' },
      { range: [5, 6], text: 'W' },
    ]);
    expect(out).toEqual({ text: 'XdeW', applied: 2, skipped: 2 });
  });

  it('applies identical fixes of two findings once', () => {
    expect(applyFixes('abc', [{ range: [1, 2], text: '' }, { range: [1, 2], text: '' }])).toEqual({ text: 'ac', applied: 1, skipped: 0 });
  });

  it('skips a fix whose range is outside the text', () => {
    expect(applyFixes('abc', [{ range: [2, 9], text: '' }])).toEqual({ text: 'abc', applied: 0, skipped: 1 });
  });
});
