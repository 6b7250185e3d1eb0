import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'dependency-unacknowledged';

const valid: ValidCase[] = [
  // By a bare function id, by function/dependency, by a nested activity of a department's function; external teams need none.
  'acknowledged',
  // Self-dependencies and unknown teams are reported by dependency-self and dependency-unknown.
  ['left-to-other-rules', [['csm.yaml', 19, 'dependency-self', 'self'], ['csm.yaml', 21, 'dependency-unknown', 'unknownTeam'], ['org.yaml', 14, 'department-empty', 'empty'], ['org.yaml', 17, 'department-empty', 'empty'], ['org.yaml', 20, 'department-empty', 'empty']]],
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'unacknowledged',
    [
      // Not break-fix (line 20): support claims it as "csm/brake-fix", a typo fulfils-stale reports with "did you mean".
      ['csm.yaml', 22, 11, 'warn', 'function'],
      ['csm.yaml', 25, 11, 'warn', 'department'],
      ['csm.yaml', 28, 11, 'warn', 'emptyDepartment'],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
