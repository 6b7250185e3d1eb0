import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFixture, RULE_FIXTURES } from '../helpers/org.js';

const RULE = 'department-no-need';

/** file, line, column, severity, and a distinctive part of the message. */
type Expected = [string, number, number, 'error' | 'warn', string];

const invalid: [string, Expected[]][] = [
  // Positions stay right when an earlier department was dropped for a malformed id.
  ['after-malformed-department', [['org.yaml', 15, 9, 'warn', 'Department "onboarding" names no customer need']]],
  // Offers the needs no department answers yet.
  [
    'missing-need',
    [['org.yaml', 12, 9, 'warn', 'Department "onboarding" names no customer need; add "need:" with the customer need it is accountable for (no department answers "time-to-value" yet), or "internal: true" if it serves the other departments']],
  ],
  [
    'several-missing',
    [
      ['org.yaml', 14, 9, 'warn', 'Department "onboarding" names no customer need; add "need:" with the customer need it is accountable for (no department answers "time-to-value" or "get-help" yet)'],
      ['org.yaml', 16, 9, 'warn', 'Department "technical-success" names no customer need'],
    ],
  ],
  // Every need is answered already: offers them all.
  ['missing-need-all-served', [['org.yaml', 15, 9, 'warn', 'accountable for (one of "achieve-outcomes" or "time-to-value")']]],
  ['internal-false', [['org.yaml', 15, 9, 'warn', 'Department "cs-operations" names no customer need']]],
  ['no-customer-needs', [['org.yaml', 4, 9, 'warn', 'Department "client-outcomes" names no customer need, and org.yaml lists none; add the needs']]],
  ['misspelt-need', [['org.yaml', 14, 11, 'warn', 'Department "onboarding" names customer need "time-to-valeu", which org.yaml does not list; did you mean "time-to-value"?']]],
  ['unknown-need', [['org.yaml', 14, 11, 'warn', 'use one of "achieve-outcomes" or "time-to-value", or add "faster-launches" under "customerNeeds:"']]],
  ['unknown-need-no-customer-needs', [['org.yaml', 6, 11, 'warn', 'names customer need "achieve-outcomes", but org.yaml lists no customer needs; add it under "customerNeeds:"']]],
  // A need named by an internal department must exist all the same.
  ['internal-with-unknown-need', [['org.yaml', 18, 11, 'warn', 'Department "cs-operations" names customer need "smooth-operations", which org.yaml does not list']]],
];

// malformed-need: a need that is not kebab-case is the schema rule's to report.
const valid = ['every-department-has-a-need', 'shared-need', 'no-org', 'malformed-need', 'malformed-need-after-malformed-department'];

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
