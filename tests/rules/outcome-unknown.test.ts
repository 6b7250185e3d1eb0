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
      ['csm.yaml', 8, 14, 'error', 'misspelt'],
      ['csm.yaml', 11, 14, 'error', 'unknown'],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
