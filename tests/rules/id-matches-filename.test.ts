import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'id-matches-filename';

const valid = [
  'matching',
  'yml-extension',
  // Only the file name counts, not the folder.
  'subdirectory',
  // A malformed or missing id is the schema rule's to report.
  'malformed-id',
  'missing-id',
];

const invalid: [string, ExpectedFinding[]][] = [
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

describeRuleFixtures(RULE, { invalid, valid });
