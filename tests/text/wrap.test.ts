import fc from 'fast-check';
import { fcParams } from '../helpers/fast-check.js';
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../src/deps/format/table.js';
import { wrap } from '../../src/text/wrap.js';
import { displayWidth } from '../../src/text/width.js';

describe('wrap', () => {
  it.each<[string, number, string[]]>([
    ['Fixing break-fix tickets within 8 business hours.', 20, ['Fixing break-fix', 'tickets within 8', 'business hours.']],
    ['onboarding-solutions-architects', 14, ['onboarding-', 'solutions-', 'architects']],
    ['onboarding-solutions-architects (department)', 22, ['onboarding-solutions-', 'architects', '(department)']],
    ['charters/sub/support.yaml could not be read', 16, ['charters/sub/', 'support.yaml', 'could not be', 'read']],
    ['supercalifragilistic', 8, ['supercal', 'ifragili', 'stic']],
    ['acknowledged\nby support: Triage', 40, ['acknowledged', 'by support: Triage']],
    ['', 10, ['']],
    ['顧客の成功を支える', 8, ['顧客の成', '功を支え', 'る']],
  ])('%j at %i columns', (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });

  it('never makes a line wider than asked, and loses no character but spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 1, max: 60 }), (text, width) => {
        const lines = wrap(text, width);
        for (const line of lines) {
          // A single wide character cannot be split: it may exceed a one-column width.
          if ([...line].length > 1) expect(displayWidth(line)).toBeLessThanOrEqual(Math.max(width, 2));
        }
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      fcParams(),
    );
  });
});

describe('columnWidths', () => {
  const rows = [['onboarding-solutions-architects', 'technical-success (department)', 'x'.repeat(200), 'acknowledged\n' + 'y'.repeat(150)]];

  it.each([56, 80, 100, 160, 300])('fills a %i-column terminal at most', (total) => {
    const widths = columnWidths(rows, total);
    expect(widths.reduce((a, b) => a + b, 0) + 13).toBeLessThanOrEqual(total);
  });

  it('gives short columns only what they need, and the rest to "For" and "Status"', () => {
    expect(columnWidths([['csm', 'support', 'Answering questions.', 'acknowledged\nby support: Triage']], 100)).toEqual([8, 10, 20, 18]);
  });
});
