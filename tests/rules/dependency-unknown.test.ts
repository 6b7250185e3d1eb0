import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers/org.js';

const RULE = 'dependency-unknown';

/** An expected finding: file, line, column, severity and a distinctive part of the message. */
type Row = [file: string, line: number, column: number, severity: 'error' | 'warn', message: string];

async function findingsOf(kind: 'valid' | 'invalid', name: string) {
  return (await lintFixture(RULE, kind, name)).filter((f) => f.rule === RULE);
}

describe(RULE, () => {
  it.each([
    'every-kind-of-team',
    // Without org.yaml, the departments are the ones charters name.
    'without-org',
    // A team that is not a valid id is the schema's to report, not this rule's.
    'bad-team-left-to-schema',
  ])('valid/%s: no findings', async (name) => {
    expect(await findingsOf('valid', name)).toEqual([]);
  });

  it.each<[string, Row[]]>([
    [
      'misspelt',
      [
        ['csm.yaml', 19, 11, 'error', '"suport" is not a function, department or external team; did you mean "support"?'],
        ['csm.yaml', 21, 11, 'error', '"technical-sucess" is not a function, department or external team; did you mean "technical-success"?'],
        ['csm.yaml', 23, 11, 'error', '"prodcut" is not a function, department or external team; did you mean "product"?'],
        ['csm.yaml', 25, 11, 'error', '"legal" is not a function, department or external team; use the id of a function, department or external team (list a team outside Customer Success under externalTeams in org.yaml)'],
      ],
    ],
    [
      'implicit-providers',
      [
        ['org.yaml', 20, 21, 'error', '"cs-operation" in implicitProviders is not a function, department or external team; did you mean "cs-operations"?'],
        ['org.yaml', 20, 35, 'error', '"enablement" in implicitProviders is not a function, department or external team; use the id'],
      ],
    ],
    [
      'without-org',
      [
        ['csm.yaml', 19, 11, 'error', '"product" is not a function, department or external team; use the id of a function or of a department that charters name (a team outside Customer Success needs an org.yaml'],
        ['csm.yaml', 21, 11, 'error', '"client-outcome" is not a function, department or external team; did you mean "client-outcomes"?'],
      ],
    ],
  ])('invalid/%s', async (name, expected) => {
    const findings = await findingsOf('invalid', name);
    expect(findings.map((f) => [f.file, f.line, f.column, f.severity, f.message])).toEqual(
      expected.map(([file, line, column, severity, message]) => [file, line, column, severity, expect.stringContaining(message)]),
    );
  });
});
