import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFixture, RULE_FIXTURES } from '../helpers/org.js';

const RULE = 'org-executive-sponsor';

/** file, line, column, severity, and a distinctive part of the message. */
type Expected = [string, number, number, 'error' | 'warn', string];

const invalid: [string, Expected[]][] = [
  [
    'missing',
    [['org.yaml', 1, 1, 'warn', 'org.yaml names no executive sponsor; add "executiveSponsor:" with the executive who owns the customer success organization, such as a Chief Customer Officer']],
  ],
  // At the "name" key, wherever it is.
  ['after-comments', [['org.yaml', 5, 1, 'warn', 'org.yaml names no executive sponsor']]],
  ['flow-style', [['org.yaml', 1, 3, 'warn', 'org.yaml names no executive sponsor']]],
  ['blank', [['org.yaml', 2, 19, 'warn', '"executiveSponsor" is blank; name the executive who owns the customer success organization']]],
  // No name to point at either: the start of the file.
  ['name-missing-too', [['org.yaml', 1, 1, 'warn', 'org.yaml names no executive sponsor']]],
];


// empty-value: `executiveSponsor: ""` is the schema rule's to report.
const valid = ['named', 'empty-value', 'no-org', 'unusable-org'];

describe(RULE, () => {
  const rowsOf = async (caseName: string, kind: 'valid' | 'invalid') =>
    (await lintFixture(RULE, kind, caseName)).filter((f) => f.rule === RULE).map((f) => [f.file, f.line, f.column, f.severity, f.message]);
  const expectedRows = (expected: Expected[]) =>
    expected.map(([file, line, column, severity, message]) => [file, line, column, severity, expect.stringContaining(message)]);

  it.each(invalid)('invalid/%s', async (caseName, expected) => {
    expect(await rowsOf(caseName, 'invalid')).toEqual(expectedRows(expected));
  });

  it.each(valid)('valid/%s', async (caseName) => {
    expect(await rowsOf(caseName, 'valid')).toEqual([]);
  });

  it('has a table row for every fixture case', () => {
    const cases = (kind: string) => readdirSync(path.join(RULE_FIXTURES, RULE, kind)).sort();
    expect(cases('invalid')).toEqual([...invalid].map(([name]) => name).sort());
    expect(cases('valid')).toEqual([...valid].sort());
  });
});
