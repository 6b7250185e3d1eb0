import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'department-unknown';

const invalid: [string, ExpectedFinding[]][] = [
  [
    'misspelt',
    [
      ['csm.yaml', 3, 13, 'error', 'Department "client-outcome" is not a department of org.yaml; did you mean "client-outcomes"?'],
      ['onboarding-training.yaml', 3, 13, 'error', 'Department "onbaording" is not a department of org.yaml; did you mean "onboarding"?'],
    ],
  ],
  ['in-subdirectory', [['onboarding/onboarding-training.yaml', 3, 13, 'error', 'did you mean "onboarding"?']]],
  ['not-close', [['cs-sales.yaml', 3, 13, 'error', 'use one of "client-outcomes" or "onboarding", or add "renewals" to the departments in org.yaml']]],
  ['one-department', [['cs-sales.yaml', 3, 13, 'error', 'Department "renewals" is not a department of org.yaml; use "client-outcomes", or add']]],
  ['external-team', [['product-liaison.yaml', 3, 13, 'error', 'Department "product" is an external team in org.yaml, not a department']]],
  ['no-departments', [['csm.yaml', 3, 13, 'error', 'which declares no departments yet; add it under "departments:" in org.yaml']]],
  ['many-departments', [['csm.yaml', 3, 13, 'error', '"golf", "hotel" or 2 more, or add "zulu-team"']]],
];

const valid = ['declared', 'grouped-in-subdirectories', 'no-org', 'unusable-org', 'malformed-department'];

describeRuleFixtures(RULE, { invalid, valid });
