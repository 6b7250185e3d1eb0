import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers/org.js';

const RULE = 'dependency-unacknowledged';

/** An expected finding: file, line, column, severity and a distinctive part of the message. */
type Row = [file: string, line: number, column: number, severity: 'error' | 'warn', message: string];

async function findingsOf(kind: 'valid' | 'invalid', name: string) {
  return (await lintFixture(RULE, kind, name)).filter((f) => f.rule === RULE);
}

describe(RULE, () => {
  it.each([
    // By a bare function id, by function/dependency, by a nested activity of a department's function; external teams need none.
    'acknowledged',
    // Self-dependencies and unknown teams are reported by dependency-self and dependency-unknown.
    'left-to-other-rules',
  ])('valid/%s: no findings', async (name) => {
    expect(await findingsOf('valid', name)).toEqual([]);
  });

  it.each<[string, Row[]]>([
    [
      'unacknowledged',
      [
        ['csm.yaml', 20, 11, 'warn', '"support" has no activity that fulfils this dependency; add "fulfils: [csm/break-fix]" (or "csm" for all of csm\'s dependencies on support) to the support activity that delivers it'],
        ['csm.yaml', 22, 11, 'warn', '"support" has no activity that fulfils this dependency; add "fulfils: [csm]" to the support activity that delivers it'],
        ['csm.yaml', 25, 11, 'warn', 'No function of department "onboarding" has an activity that fulfils this dependency; add "fulfils: [csm/admin-readiness]" (or "csm" for all of csm\'s dependencies on onboarding) to the activity of the onboarding function'],
        ['csm.yaml', 28, 11, 'warn', 'Department "enablement" has no function charter yet, so nothing fulfils this dependency; when the function that delivers it has a charter, add "fulfils: [csm/training-plans]"'],
      ],
    ],
  ])('invalid/%s', async (name, expected) => {
    const findings = await findingsOf('invalid', name);
    expect(findings.map((f) => [f.file, f.line, f.column, f.severity, f.message])).toEqual(
      expected.map(([file, line, column, severity, message]) => [file, line, column, severity, expect.stringContaining(message)]),
    );
  });
});
