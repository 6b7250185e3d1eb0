import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'dependency-self';

const valid: ValidCase[] = [
  // Depending on one's own department is fine when it has other functions.
  ['own-department-with-others', [['onboarding-project-managers.yaml', 19, 'dependency-unacknowledged', 'department'], ['onboarding-project-managers.yaml', 21, 'dependency-unacknowledged', 'function']]],
];

const invalid: [string, ExpectedFinding[]][] = [
  ['itself', [['csm.yaml', 21, 11, 'error', 'self']]],
  [
    'via-own-department',
    [['support-engineers.yaml', 19, 11, 'error', 'selfViaDepartment']],
  ],
  [
    'via-own-department-without-org',
    [['support-engineers.yaml', 21, 11, 'error', 'selfViaDepartment']],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
