import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'department-empty';

const invalid: [string, ExpectedFinding[]][] = [
  // Positions stay right when an earlier department was dropped for a malformed id.
  ['after-malformed-department', [['org.yaml', 15, 9, 'warn', 'empty']]],
  ['one-empty', [['org.yaml', 12, 9, 'warn', 'empty']]],
  ['internal-empty', [['org.yaml', 15, 9, 'warn', 'empty']]],
  [
    'no-charters',
    [
      ['org.yaml', 9, 9, 'warn', 'empty'],
      ['org.yaml', 12, 9, 'warn', 'empty'],
      ['org.yaml', 15, 9, 'warn', 'empty'],
    ],
  ],
  // Reported once, at the first definition; duplicate-id reports the second.
  ['duplicate-department', [['org.yaml', 12, 9, 'warn', 'empty']]],
  ['flow-style-org', [['org.yaml', 4, 93, 'warn', 'empty']]],
];

// charter-with-syntax-error: a charter that cannot be read still counts for the department it names.
const valid: ValidCase[] = [
  'every-department-staffed',
  'grouped-in-subdirectories',
  'no-org',
  ['charter-with-syntax-error', [['onboarding-training.yaml', 18, 'yaml-syntax', 'problem']]],
  // The charter meant "onboarding": department-unknown says so, and the department is not empty for it (one typo, one finding).
  ['misspelt-in-charter', [['onboarding-training.yaml', 3, 'department-unknown', 'misspelt']]],
];

describeRuleFixtures(RULE, { invalid, valid });
