import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers/org.js';

const RULE = 'dependency-self';

/** An expected finding: file, line, column, severity and a distinctive part of the message. */
type Row = [file: string, line: number, column: number, severity: 'error' | 'warn', message: string];

async function findingsOf(kind: 'valid' | 'invalid', name: string) {
  return (await lintFixture(RULE, kind, name)).filter((f) => f.rule === RULE);
}

describe(RULE, () => {
  it.each([
    // Depending on one's own department is fine when it has other functions.
    'own-department-with-others',
  ])('valid/%s: no findings', async (name) => {
    expect(await findingsOf('valid', name)).toEqual([]);
  });

  it.each<[string, Row[]]>([
    ['itself', [['csm.yaml', 21, 11, 'error', '"csm" is this function itself; name the team you expect this of']]],
    [
      'via-own-department',
      [['support-engineers.yaml', 19, 11, 'error', '"support" is this function\'s department, and this function is its only one, so it depends on itself']],
    ],
    [
      'via-own-department-without-org',
      [['support-engineers.yaml', 21, 11, 'error', '"support" is this function\'s department, and this function is its only one']],
    ],
  ])('invalid/%s', async (name, expected) => {
    const findings = await findingsOf('invalid', name);
    expect(findings.map((f) => [f.file, f.line, f.column, f.severity, f.message])).toEqual(
      expected.map(([file, line, column, severity, message]) => [file, line, column, severity, expect.stringContaining(message)]),
    );
  });
});
