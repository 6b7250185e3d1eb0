import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers/org.js';

const RULE = 'id-matches-filename';

/** An expected finding: file, line, column, severity, and a distinctive part of the message. */
type Row = [file: string, line: number, column: number, severity: 'error' | 'warn', message: string];

const valid = [
  'matching',
  'yml-extension',
  // Only the file name counts, not the folder.
  'subdirectory',
  // A malformed or missing id is the schema rule's to report.
  'malformed-id',
  'missing-id',
];

const invalid: [string, Row[]][] = [
  [
    'mismatch',
    [['csm.yaml', 1, 5, 'error', 'The id "csm-team" differs from the file name "csm.yaml"; rename the file to "csm-team.yaml" or change the id to "csm"']],
  ],
  ['yml-extension', [['support.yml', 1, 5, 'error', 'rename the file to "support-desk.yml" or change the id to "support"']]],
  ['subdirectory', [['onboarding/training.yaml', 1, 5, 'error', 'differs from the file name "training.yaml"; rename the file to "onboarding-training.yaml"']]],
  // A file name that is not a valid id: only renaming the file helps.
  [
    'file-name-not-an-id',
    [['Client Outcomes.yaml', 1, 5, 'error', 'rename the file to "client-outcomes.yaml" (a file name that is not a valid id cannot be a function\'s id)']],
  ],
  ['case-differs', [['CSM.yaml', 1, 5, 'error', 'differs from the file name "CSM.yaml"; rename the file to "csm.yaml"']]],
  ['id-after-comment', [['csm.yaml', 3, 5, 'error', 'The id "csm-team" differs']]],
];

describe(RULE, () => {
  it.each(valid)('valid/%s: no findings', async (name) => {
    const findings = await lintFixture(RULE, 'valid', name);
    expect(findings.filter((f) => f.rule === RULE)).toEqual([]);
  });

  it.each(invalid)('invalid/%s', async (name, rows) => {
    const findings = await lintFixture(RULE, 'invalid', name);
    expect(findings.filter((f) => f.rule === RULE)).toEqual(
      rows.map(([file, line, column, severity, message]) =>
        expect.objectContaining({ file, line, column, severity, message: expect.stringContaining(message) }),
      ),
    );
  });
});
