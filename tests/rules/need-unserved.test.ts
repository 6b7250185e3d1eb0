import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFixture, RULE_FIXTURES } from '../helpers/org.js';

const RULE = 'need-unserved';

/** file, line, column, severity, and a distinctive part of the message. */
type Expected = [string, number, number, 'error' | 'warn', string];

const invalid: [string, Expected[]][] = [
  // Positions stay right when an earlier need was dropped for a malformed id.
  ['after-malformed-need', [['org.yaml', 8, 9, 'error', 'No department is accountable for customer need "time-to-value"; add "need: time-to-value" to the department that answers it, or add']]],
  [
    'one-unserved',
    [['org.yaml', 8, 9, 'error', 'No department is accountable for customer need "get-help"; add "need: get-help" to the department that answers it, or add a department for it']],
  ],
  // Offers the customer-facing departments that name no need.
  ['department-without-need', [['org.yaml', 8, 9, 'error', '(departments that name no need yet: "technical-success")']]],
  // Points at the department whose need is a near miss.
  ['misspelt-in-department', [['org.yaml', 8, 9, 'error', 'department "technical-success" names "get-hlep", which looks like a misspelling of it']]],
  [
    'no-departments',
    [
      ['org.yaml', 4, 9, 'error', 'customer need "achieve-outcomes"'],
      ['org.yaml', 6, 9, 'error', 'customer need "time-to-value"'],
      ['org.yaml', 8, 9, 'error', 'customer need "get-help"'],
    ],
  ],
];

// served-by-internal-department: a department that names a need is accountable for it, internal or not.
const valid = ['every-need-served', 'served-by-internal-department', 'no-customer-needs', 'no-org'];

describe(RULE, () => {
  it.each(invalid)('invalid/%s', async (caseName, expected) => {
    const findings = (await lintFixture(RULE, 'invalid', caseName)).filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.file, f.line, f.column, f.severity, f.message])).toEqual(
      expected.map(([file, line, column, severity, message]) => [file, line, column, severity, expect.stringContaining(message)]),
    );
  });

  it.each(valid)('valid/%s', async (caseName) => {
    const findings = (await lintFixture(RULE, 'valid', caseName)).filter((f) => f.rule === RULE);
    expect(findings).toEqual([]);
  });

  it('has a table row for every fixture case', () => {
    const cases = (kind: string) => readdirSync(path.join(RULE_FIXTURES, RULE, kind)).sort();
    expect(cases('invalid')).toEqual(invalid.map(([name]) => name).sort());
    expect(cases('valid')).toEqual([...valid].sort());
  });
});
