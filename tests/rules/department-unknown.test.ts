import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFixture, RULE_FIXTURES } from '../helpers/org.js';

const RULE = 'department-unknown';

/** file, line, column, severity, and a distinctive part of the message. */
type Expected = [string, number, number, 'error' | 'warn', string];

const invalid: [string, Expected[]][] = [
  [
    'misspelt',
    [
      ['csm.yaml', 3, 13, 'error', 'Department "client-outcome" is not a department of org.yaml; did you mean "client-outcomes"?'],
      ['onboarding-training.yaml', 3, 13, 'error', 'Department "onbaording" is not a department of org.yaml; did you mean "onboarding"?'],
    ],
  ],
  ['in-subdirectory', [['onboarding/onboarding-training.yaml', 3, 13, 'error', 'did you mean "onboarding"?']]],
  ['not-close', [['cs-sales.yaml', 3, 13, 'error', 'use one of "client-outcomes" or "onboarding", or add "renewals" to the departments in org.yaml']]],
  ['one-department', [['cs-sales.yaml', 3, 13, 'error', 'Department "renewals" is not a department of org.yaml; use "client-outcomes", or add']]],
  ['external-team', [['product-liaison.yaml', 3, 13, 'error', 'Department "product" is an external team in org.yaml, not a department']]],
  ['no-departments', [['csm.yaml', 3, 13, 'error', 'which declares no departments yet; add it under "departments:" in org.yaml']]],
  ['many-departments', [['csm.yaml', 3, 13, 'error', '"golf", "hotel" or 2 more, or add "zulu-team"']]],
];

const valid = ['declared', 'grouped-in-subdirectories', 'no-org', 'unusable-org', 'malformed-department'];

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
