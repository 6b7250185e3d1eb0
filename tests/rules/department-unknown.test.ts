import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'department-unknown';

const invalid: [string, ExpectedFinding[]][] = [
  [
    'misspelt',
    [
      ['csm.yaml', 3, 13, 'error', 'misspelt'],
      ['onboarding-training.yaml', 3, 13, 'error', 'misspelt'],
    ],
  ],
  ['in-subdirectory', [['onboarding/onboarding-training.yaml', 3, 13, 'error', 'misspelt']]],
  ['not-close', [['cs-sales.yaml', 3, 13, 'error', 'unknown']]],
  ['one-department', [['cs-sales.yaml', 3, 13, 'error', 'unknown']]],
  ['external-team', [['product-liaison.yaml', 3, 13, 'error', 'externalTeam']]],
  ['no-departments', [['csm.yaml', 3, 13, 'error', 'noDepartments']]],
  ['many-departments', [['csm.yaml', 3, 13, 'error', 'unknown']]],
];

const valid: ValidCase[] = ['declared', 'grouped-in-subdirectories', 'no-org', ['unusable-org', [['org.yaml', 2, 'yaml-syntax', 'problem']]], ['malformed-department', [['csm.yaml', 3, 'schema', 'issue'], ['org.yaml', 12, 'department-empty', 'empty']]]];

describeRuleFixtures(RULE, { invalid, valid });
