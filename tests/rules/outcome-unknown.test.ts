import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'outcome-unknown';

const valid = [
  'listed',
  // Without "outcomes:" in org.yaml, outcomes are free words.
  'no-list',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'not-listed',
    [
      ['csm.yaml', 8, 14, 'error', 'Outcome "renwal" is not an outcome of org.yaml; did you mean "renewal"?'],
      [
        'csm.yaml',
        11,
        14,
        'error',
        'Outcome "advocacy" is not an outcome of org.yaml; use "renewal", "expansion", "new-business" or "efficiency", or add "advocacy" to "outcomes:" in org.yaml',
      ],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
