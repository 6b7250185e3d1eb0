import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'dependency-unacknowledged';

const valid = [
  // By a bare function id, by function/dependency, by a nested activity of a department's function; external teams need none.
  'acknowledged',
  // Self-dependencies and unknown teams are reported by dependency-self and dependency-unknown.
  'left-to-other-rules',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'unacknowledged',
    [
      ['csm.yaml', 20, 11, 'warn', '"support" has no activity that fulfils this dependency; add "fulfils: [csm/break-fix]" (or "csm" for all of csm\'s dependencies on support) to the support activity that delivers it'],
      ['csm.yaml', 22, 11, 'warn', '"support" has no activity that fulfils this dependency; add "fulfils: [csm]" to the support activity that delivers it'],
      ['csm.yaml', 25, 11, 'warn', 'No function of department "onboarding" has an activity that fulfils this dependency; add "fulfils: [csm/admin-readiness]" (or "csm" for all of csm\'s dependencies on onboarding) to the activity of the onboarding function'],
      ['csm.yaml', 28, 11, 'warn', 'Department "enablement" has no function charter yet, so nothing fulfils this dependency; when the function that delivers it has a charter, add "fulfils: [csm/training-plans]"'],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
