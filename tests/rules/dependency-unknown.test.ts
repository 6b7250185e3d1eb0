import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'dependency-unknown';

const valid: ValidCase[] = [
  ['every-kind-of-team', [['csm.yaml', 19, 'dependency-unacknowledged', 'function'], ['csm.yaml', 21, 'dependency-unacknowledged', 'department']]],
  // Without org.yaml, the departments are the ones charters name.
  ['without-org', [['csm.yaml', 19, 'dependency-unacknowledged', 'function'], ['csm.yaml', 21, 'dependency-unacknowledged', 'department']]],
  // A team that is not a valid id is the schema's to report, not this rule's.
  ['bad-team-left-to-schema', [['csm.yaml', 19, 'schema', 'issue']]],
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'misspelt',
    [
      ['csm.yaml', 19, 11, 'error', 'unknownTeam'],
      ['csm.yaml', 21, 11, 'error', 'unknownTeam'],
      ['csm.yaml', 23, 11, 'error', 'unknownTeam'],
      ['csm.yaml', 25, 11, 'error', 'unknownTeam'],
    ],
  ],
  [
    'implicit-providers',
    [
      ['org.yaml', 20, 21, 'error', 'unknownProvider'],
      ['org.yaml', 20, 35, 'error', 'unknownProvider'],
    ],
  ],
  [
    'without-org',
    [
      ['csm.yaml', 19, 11, 'error', 'unknownTeam'],
      ['csm.yaml', 21, 11, 'error', 'unknownTeam'],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
