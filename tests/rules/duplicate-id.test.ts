import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'duplicate-id';

const valid = [
  'clean',
  // A function may carry the id of its own department when it is that department's only function.
  'one-function-department',
  'one-function-department-without-org',
  // Metrics, activities, risks and dependencies are named in different places: one id may serve each.
  'same-id-different-kinds',
  'same-id-in-two-charters',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'two-functions',
    [
      ['b/csm.yaml', 1, 5, 'error', 'Function id "csm" is also the id of a/csm.yaml:1'],
      ['c/csm.yaml', 1, 5, 'error', 'Function id "csm" is also the id of a/csm.yaml:1'],
    ],
  ],
  [
    'function-is-department',
    [['support.yaml', 1, 5, 'error', 'Function id "support" is also the id of department "support" (org.yaml:12)']],
  ],
  [
    'function-is-shared-department',
    [['onboarding.yaml', 1, 5, 'error', 'its own department (org.yaml:7), which has other functions (onboarding-training)']],
  ],
  [
    'function-is-department-without-org',
    [['client-outcomes.yaml', 1, 5, 'error', 'is also the id of department "client-outcomes" (csm.yaml:3)']],
  ],
  [
    'external-team',
    [
      ['org.yaml', 13, 9, 'error', 'External team id "client-outcomes" is also the id of department "client-outcomes" (org.yaml:7)'],
      ['product.yaml', 1, 5, 'error', 'Function id "product" is also the id of external team "product" (org.yaml:11)'],
    ],
  ],
  [
    'within-charter',
    [
      ['csm.yaml', 9, 9, 'error', 'Metric id "habits" is also the id of the metric at csm.yaml:6'],
      ['csm.yaml', 23, 13, 'error', 'Activity id "reviews" is also the id of the activity at csm.yaml:15'],
      ['csm.yaml', 25, 13, 'error', 'Activity id "prepare" is also the id of the activity at csm.yaml:18'],
      ['csm.yaml', 31, 9, 'error', 'Risk id "renewal-risk" is also the id of the risk at csm.yaml:28'],
      ['csm.yaml', 38, 9, 'error', 'Dependency id "break-fix" is also the id of the dependency at csm.yaml:35; give each dependency its own id, so that "fulfils: [csm/break-fix]" names one'],
    ],
  ],
  [
    'org-lists',
    [
      ['org.yaml', 6, 9, 'error', 'Customer need id "achieve-outcomes" is also the id of the need at org.yaml:4'],
      ['org.yaml', 12, 9, 'error', 'Department id "client-outcomes" is also the id of the department at org.yaml:9'],
      ['org.yaml', 18, 9, 'error', 'External team id "product" is also the id of the external team at org.yaml:16'],
      ['org.yaml', 23, 9, 'error', 'Register risk id "renewal-risk" is also the id of the register risk at org.yaml:21'],
    ],
  ],
  [
    'org-structure',
    [
      ['org.yaml', 6, 11, 'error', 'Leader id "cco" is also the id of the leader at org.yaml:5; give each leader its own id, so that reportsTo, lead and owner name one'],
      ['org.yaml', 10, 9, 'error', 'Product id "analytics" is also the id of the product at org.yaml:8; give each product its own id'],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
