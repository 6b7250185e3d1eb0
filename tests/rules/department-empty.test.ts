import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFixture, RULE_FIXTURES } from '../helpers/org.js';

const RULE = 'department-empty';

/** file, line, column, severity, and a distinctive part of the message. */
type Expected = [string, number, number, 'error' | 'warn', string];

const invalid: [string, Expected[]][] = [
  // Positions stay right when an earlier department was dropped for a malformed id.
  ['after-malformed-department', [['org.yaml', 15, 9, 'warn', 'Department "onboarding" has no charter']]],
  ['one-empty', [['org.yaml', 12, 9, 'warn', 'Department "onboarding" has no charter; write a charter for each of its functions with "department: onboarding"']]],
  ['internal-empty', [['org.yaml', 15, 9, 'warn', 'Department "cs-operations" has no charter']]],
  [
    'no-charters',
    [
      ['org.yaml', 9, 9, 'warn', 'Department "client-outcomes" has no charter'],
      ['org.yaml', 12, 9, 'warn', 'Department "onboarding" has no charter'],
      ['org.yaml', 15, 9, 'warn', 'Department "cs-operations" has no charter'],
    ],
  ],
  // The charter meant "onboarding" (department-unknown says so); until it is fixed the department is empty.
  ['misspelt-in-charter', [['org.yaml', 12, 9, 'warn', 'Department "onboarding" has no charter']]],
  // Reported once, at the first definition; duplicate-id reports the second.
  ['duplicate-department', [['org.yaml', 12, 9, 'warn', 'Department "onboarding" has no charter']]],
  ['flow-style-org', [['org.yaml', 4, 93, 'warn', 'Department "renewals" has no charter']]],
];

// charter-with-syntax-error: a charter that cannot be read still counts for the department it names.
const valid = ['every-department-staffed', 'grouped-in-subdirectories', 'no-org', 'charter-with-syntax-error'];

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
