import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'id-matches-filename';

const valid: ValidCase[] = [
  'matching',
  'yml-extension',
  // Only the file name counts, not the folder.
  'subdirectory',
  // A malformed or missing id is the schema rule's to report.
  ['malformed-id', [['csm.yaml', 1, 'schema', 'issue']]],
  ['missing-id', [['csm.yaml', 1, 'schema', 'issue']]],
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'mismatch',
    [['csm.yaml', 1, 5, 'error', 'renameEither']],
  ],
  ['yml-extension', [['support.yml', 1, 5, 'error', 'renameEither']]],
  ['subdirectory', [['onboarding/training.yaml', 1, 5, 'error', 'renameEither']]],
  // A file name that is not a valid id: only renaming the file helps.
  [
    'file-name-not-an-id',
    [['Client Outcomes.yaml', 1, 5, 'error', 'renameFile']],
  ],
  ['case-differs', [['CSM.yaml', 1, 5, 'error', 'renameFile']]],
  ['id-after-comment', [['csm.yaml', 3, 5, 'error', 'renameEither']]],
];

describeRuleFixtures(RULE, { invalid, valid });
