import { describe, expect, it } from 'vitest';
import { activityKey } from '../../src/rules/activity-overlap.js';
import { lintFixture } from '../helpers/org.js';

const RULE = 'activity-overlap';

/** An expected finding: file, line, column, severity and a distinctive part of the message. */
type Row = [file: string, line: number, column: number, severity: 'error' | 'warn', message: string];

async function findingsOf(kind: 'valid' | 'invalid', name: string) {
  return (await lintFixture(RULE, kind, name)).filter((f) => f.rule === RULE);
}

describe(RULE, () => {
  it.each([
    'distinct',
    // The same name twice in one function is not an overlap between functions.
    'twice-in-one-function',
  ])('valid/%s: no findings', async (name) => {
    expect(await findingsOf('valid', name)).toEqual([]);
  });

  it.each<[string, Row[]]>([
    [
      'overlap',
      [
        // cs-sales.yaml is read first: its activities are the first definitions.
        ['csm.yaml', 13, 11, 'warn', 'Activity "Run business reviews" is also an activity of "cs-sales" (cs-sales.yaml:13)'],
        // A nested activity counts.
        ['csm.yaml', 15, 11, 'warn', 'Activity "Hold best-practice workshops" is also an activity of "cs-sales" (cs-sales.yaml:18)'],
        ['support.yaml', 13, 11, 'warn', 'Activity "Run business reviews." is also an activity of "cs-sales" (cs-sales.yaml:13)'],
        ['support.yaml', 15, 11, 'warn', 'Activity "Hold quarterly check-ins" is also an activity of "cs-sales" (cs-sales.yaml:15)'],
        // Each later occurrence in another function, even twice in that function.
        ['support.yaml', 17, 11, 'warn', 'Activity "RUN BUSINESS REVIEWS" is also an activity of "cs-sales" (cs-sales.yaml:13); agree which of the two functions does this work'],
      ],
    ],
    ['unicode', [['support.yaml', 14, 11, 'warn', 'is also an activity of "csm" (csm.yaml:13)']]],
  ])('invalid/%s', async (name, expected) => {
    const findings = await findingsOf('invalid', name);
    expect(findings.map((f) => [f.file, f.line, f.column, f.severity, f.message])).toEqual(
      expected.map(([file, line, column, severity, message]) => [file, line, column, severity, expect.stringContaining(message)]),
    );
  });

  it.each([
    ['Run  Business-Reviews!', 'run business reviews'],
    ['Follow-up with the client’s sponsor.', 'follow up with the clients sponsor'],
    ['Q&A sessions', 'Q & A sessions'],
    ['« RE\u0301VISER »', 'réviser'],
  ])('compares %j and %j as one name', (a, b) => {
    expect(activityKey(a)).toBe(activityKey(b));
  });

  it('keeps different words apart', () => {
    expect(activityKey('Run business reviews')).not.toBe(activityKey('Run renewal reviews'));
  });
});
