import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'dependency-self';

const valid = [
  // Depending on one's own department is fine when it has other functions.
  'own-department-with-others',
];

const invalid: [string, ExpectedFinding[]][] = [
  ['itself', [['csm.yaml', 21, 11, 'error', '"csm" is this function itself; name the team you expect this of']]],
  [
    'via-own-department',
    [['support-engineers.yaml', 19, 11, 'error', '"support" is this function\'s department, and this function is its only one, so it depends on itself']],
  ],
  [
    'via-own-department-without-org',
    [['support-engineers.yaml', 21, 11, 'error', '"support" is this function\'s department, and this function is its only one']],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
