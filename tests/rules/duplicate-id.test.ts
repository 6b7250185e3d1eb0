import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'duplicate-id';

const valid: ValidCase[] = [
  'clean',
  // A function may carry the id of its own department when it is that department's only function.
  'one-function-department',
  'one-function-department-without-org',
  // Metrics, activities, risks and dependencies are named in different places: one id may serve each.
  ['same-id-different-kinds', [['csm.yaml', 26, 'dependency-unacknowledged', 'function'], ['csm.yaml', 28, 'dependency-unacknowledged', 'function'], ['csm.yaml', 30, 'dependency-unacknowledged', 'function']]],
  'same-id-in-two-charters',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'two-functions',
    [
      ['b/csm.yaml', 1, 5, 'error', 'function'],
      ['c/csm.yaml', 1, 5, 'error', 'function'],
    ],
  ],
  [
    'function-is-department',
    [['support.yaml', 1, 5, 'error', 'functionIsDepartment']],
  ],
  [
    'function-is-shared-department',
    [['onboarding.yaml', 1, 5, 'error', 'functionIsSharedDepartment']],
  ],
  [
    'function-is-department-without-org',
    [['client-outcomes.yaml', 1, 5, 'error', 'functionIsDepartment']],
  ],
  [
    'external-team',
    [
      ['org.yaml', 13, 9, 'error', 'externalTeamIsDepartment'],
      ['product.yaml', 1, 5, 'error', 'functionIsExternalTeam'],
    ],
  ],
  [
    'within-charter',
    [
      ['csm.yaml', 9, 9, 'error', 'metric'],
      ['csm.yaml', 23, 13, 'error', 'activity'],
      ['csm.yaml', 25, 13, 'error', 'activity'],
      ['csm.yaml', 31, 9, 'error', 'risk'],
      ['csm.yaml', 38, 9, 'error', 'dependency'],
    ],
  ],
  [
    'org-lists',
    [
      ['org.yaml', 6, 9, 'error', 'need'],
      ['org.yaml', 12, 9, 'error', 'department'],
      ['org.yaml', 18, 9, 'error', 'externalTeam'],
      ['org.yaml', 23, 9, 'error', 'registerRisk'],
    ],
  ],
  [
    'org-structure',
    [
      ['org.yaml', 6, 11, 'error', 'leader'],
      ['org.yaml', 10, 9, 'error', 'product'],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
