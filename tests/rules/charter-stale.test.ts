import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { today } from '../../src/clock/today.js';
import { UserError } from '../../src/errors.js';
import { lintFiles } from '../helpers/org.js';
import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

// "Today" is 2026-11-27 in every test: CHARTER_TODAY is set in vitest.config.ts.
const RULE = 'charter-stale';

const invalid: [string, ExpectedFinding[]][] = [
  [
    'stale',
    [['csm.yaml', 4, 11, 'warn', 'stale']],
  ],
  ['future', [['csm.yaml', 4, 11, 'warn', 'future']]],
];

// exactly-max-age: 365 days is not more than 365. not-a-date: the schema rule's to report.
const valid: ValidCase[] = ['recent', 'exactly-max-age', 'reviewed-today', 'no-reviewed', ['not-a-date', [['csm.yaml', 4, 'schema', 'issue']]]];

const fixture = (kind: string, name: string): Record<string, string> => ({
  'csm.yaml': readFileSync(path.resolve(import.meta.dirname, '../fixtures/rules/charter-stale', kind, name, 'csm.yaml'), 'utf8'),
});
const rows = (files: Record<string, string>, options: Record<string, unknown>): unknown[][] =>
  lintFiles(files, { [RULE]: { options: { maxAgeDays: 365, requireReviewed: false, ...options } } })
    .filter((f) => f.rule === RULE)
    .map((f) => [f.line, f.column, f.help === undefined ? f.message : `${f.message}; ${f.help}`]);

describeRuleFixtures(RULE, { invalid, valid }, () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reports a charter without a review date only with requireReviewed', () => {
    expect(rows(fixture('valid', 'no-reviewed'), {})).toEqual([]);
    expect(rows(fixture('valid', 'no-reviewed'), { requireReviewed: true })).toEqual([
      [1, 1, 'This charter has no review date; add "reviewed:" with the date it was last reviewed (YYYY-MM-DD)'],
    ]);
  });

  it('counts maxAgeDays from the today option, which wins over CHARTER_TODAY', () => {
    expect(rows(fixture('valid', 'recent'), { maxAgeDays: 100 })).toEqual([
      [4, 11, expect.stringContaining('Last reviewed 179 days ago, on 2026-06-01 (more than 100)')],
    ]);
    expect(rows(fixture('valid', 'recent'), { today: '2026-06-02' })).toEqual([]);
    expect(rows(fixture('valid', 'recent'), { today: '2026-05-31' })).toEqual([[4, 11, expect.stringContaining('is in the future (today is 2026-05-31)')]]);
  });

  it('takes today from CHARTER_TODAY, else from the clock in UTC, and refuses a CHARTER_TODAY that is not a date', () => {
    expect(today({ CHARTER_TODAY: '2026-03-04' })).toBe('2026-03-04');
    expect(today({}, new Date('2027-01-02T23:30:00Z'))).toBe('2027-01-02');
    expect(today({ CHARTER_TODAY: '' }, new Date('2027-01-02T00:00:00Z'))).toBe('2027-01-02');
    expect(() => today({ CHARTER_TODAY: '2026-02-30' })).toThrow(
      new UserError('CHARTER_TODAY is "2026-02-30", which is not a date; set it as YYYY-MM-DD, such as 2026-09-30, or unset it'),
    );
    vi.stubEnv('CHARTER_TODAY', '2028-01-01');
    expect(rows(fixture('valid', 'recent'), {})).toEqual([[4, 11, expect.stringContaining('Last reviewed 579 days ago, on 2026-06-01')]]);
  });
});
