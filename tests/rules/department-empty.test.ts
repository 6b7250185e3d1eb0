import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'department-empty';

const invalid: [string, ExpectedFinding[]][] = [
  // Positions stay right when an earlier department was dropped for a malformed id.
  ['after-malformed-department', [['org.yaml', 15, 9, 'warn', 'Department "onboarding" has no charter']]],
  ['one-empty', [['org.yaml', 12, 9, 'warn', 'Department "onboarding" has no charter; write a charter for each of its functions with "department: onboarding"']]],
  ['internal-empty', [['org.yaml', 15, 9, 'warn', 'Department "cs-operations" has no charter']]],
  [
    'no-charters',
    [
      ['org.yaml', 9, 9, 'warn', 'Department "client-outcomes" has no charter'],
      ['org.yaml', 12, 9, 'warn', 'Department "onboarding" has no charter'],
      ['org.yaml', 15, 9, 'warn', 'Department "cs-operations" has no charter'],
    ],
  ],
  // The charter meant "onboarding" (department-unknown says so); until it is fixed the department is empty.
  ['misspelt-in-charter', [['org.yaml', 12, 9, 'warn', 'Department "onboarding" has no charter']]],
  // Reported once, at the first definition; duplicate-id reports the second.
  ['duplicate-department', [['org.yaml', 12, 9, 'warn', 'Department "onboarding" has no charter']]],
  ['flow-style-org', [['org.yaml', 4, 93, 'warn', 'Department "renewals" has no charter']]],
];

// charter-with-syntax-error: a charter that cannot be read still counts for the department it names.
const valid = ['every-department-staffed', 'grouped-in-subdirectories', 'no-org', 'charter-with-syntax-error'];

describeRuleFixtures(RULE, { invalid, valid });
