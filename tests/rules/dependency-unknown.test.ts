import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'dependency-unknown';

const valid = [
  'every-kind-of-team',
  // Without org.yaml, the departments are the ones charters name.
  'without-org',
  // A team that is not a valid id is the schema's to report, not this rule's.
  'bad-team-left-to-schema',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'misspelt',
    [
      ['csm.yaml', 19, 11, 'error', '"suport" is not a function, department or external team; did you mean "support"?'],
      ['csm.yaml', 21, 11, 'error', '"technical-sucess" is not a function, department or external team; did you mean "technical-success"?'],
      ['csm.yaml', 23, 11, 'error', '"prodcut" is not a function, department or external team; did you mean "product"?'],
      ['csm.yaml', 25, 11, 'error', '"legal" is not a function, department or external team; use the id of a function, department or external team (list a team outside Customer Success under externalTeams in org.yaml)'],
    ],
  ],
  [
    'implicit-providers',
    [
      ['org.yaml', 20, 21, 'error', '"cs-operation" in implicitProviders is not a function, department or external team; did you mean "cs-operations"?'],
      ['org.yaml', 20, 35, 'error', '"enablement" in implicitProviders is not a function, department or external team; use the id'],
    ],
  ],
  [
    'without-org',
    [
      ['csm.yaml', 19, 11, 'error', '"product" is not a function, department or external team; use the id of a function or of a department that charters name (a team outside Customer Success needs an org.yaml'],
      ['csm.yaml', 21, 11, 'error', '"client-outcome" is not a function, department or external team; did you mean "client-outcomes"?'],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
