import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers/org.js';

const RULE = 'risk-orphaned';

/** An expected finding: file, line, column, severity and a distinctive part of the message. */
type Row = [file: string, line: number, column: number, severity: 'error' | 'warn', message: string];

async function findingsOf(kind: 'valid' | 'invalid', name: string) {
  return (await lintFixture(RULE, kind, name)).filter((f) => f.rule === RULE);
}

describe(RULE, () => {
  it.each([
    // Every charter risk is mitigated; every register risk is referred to by some charter risk.
    'managed',
    // Without org.yaml there is no register to check.
    'without-org',
  ])('valid/%s: no findings', async (name) => {
    expect(await findingsOf('valid', name)).toEqual([]);
  });

  it.each<[string, Row[]]>([
    [
      'unmitigated',
      [
        // No mitigatedBy: the first line of the risk.
        ['csm.yaml', 18, 5, 'warn', 'Risk "habits-risk" has no activity that mitigates it; name the activities of this charter that keep it down under mitigatedBy'],
        // mitigatedBy: []: the empty list.
        ['csm.yaml', 22, 18, 'warn', 'Risk "sentiment-risk" has no activity that mitigates it'],
      ],
    ],
    [
      'unmanaged-register-risk',
      [['org.yaml', 13, 9, 'warn', 'Register risk "habits-risk" is managed by no charter; add a risk with "ref: habits-risk" to the charter of each function that manages it']],
    ],
  ])('invalid/%s', async (name, expected) => {
    const findings = await findingsOf('invalid', name);
    expect(findings.map((f) => [f.file, f.line, f.column, f.severity, f.message])).toEqual(
      expected.map(([file, line, column, severity, message]) => [file, line, column, severity, expect.stringContaining(message)]),
    );
  });
});
