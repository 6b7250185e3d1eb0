import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers/org.js';

const RULE = 'id-matches-filename';

/** One expected finding: where, how serious, and a distinctive part of the message. */
type Expected = { file: string; line: number; column: number; severity: 'error' | 'warn'; message: string };

const valid = ['matching', 'yml-extension', 'subdirectory', 'malformed-id', 'missing-id'];

const invalid: [string, Expected[]][] = [
  [
    'mismatch',
    [
      {
        file: 'csm.yaml',
        line: 1,
        column: 5,
        severity: 'error',
        message: 'The id "csm-team" differs from the file name "csm.yaml"; rename the file to "csm-team.yaml" or change the id to "csm"',
      },
    ],
  ],
  [
    'yml-extension',
    [{ file: 'support.yml', line: 1, column: 5, severity: 'error', message: 'rename the file to "support-desk.yml" or change the id to "support"' }],
  ],
  [
    'subdirectory',
    [
      {
        file: 'onboarding/training.yaml',
        line: 1,
        column: 5,
        severity: 'error',
        message: 'differs from the file name "training.yaml"; rename the file to "onboarding-training.yaml"',
      },
    ],
  ],
  [
    'file-name-not-an-id',
    [
      {
        file: 'Client Outcomes.yaml',
        line: 1,
        column: 5,
        severity: 'error',
        message: 'rename the file to "client-outcomes.yaml" (a file name that is not a valid id',
      },
    ],
  ],
  ['case-differs', [{ file: 'CSM.yaml', line: 1, column: 5, severity: 'error', message: 'differs from the file name "CSM.yaml"; rename the file to "csm.yaml"' }]],
  ['id-after-comment', [{ file: 'csm.yaml', line: 3, column: 5, severity: 'error', message: 'The id "csm-team" differs' }]],
];

describe(RULE, () => {
  it.each(valid)('valid/%s: no findings', async (name) => {
    const findings = await lintFixture(RULE, 'valid', name);
    expect(findings.filter((f) => f.rule === RULE)).toEqual([]);
  });

  it.each(invalid)('invalid/%s', async (name, expected) => {
    const findings = await lintFixture(RULE, 'invalid', name);
    expect(findings.filter((f) => f.rule === RULE)).toEqual(
      expected.map((e) => expect.objectContaining({ ...e, message: expect.stringContaining(e.message) })),
    );
  });
});
