import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'outcome-typo';

const valid: ValidCase[] = [
  'practice-words',
  // The organization's own outcomes are free words.
  'own-word',
  // "adoption" and "adaption" are used once each: nothing says which is meant.
  'equally-common',
  // With "outcomes:" in org.yaml any other word is outcome-unknown's to report.
  ['closed-list-left-to-outcome-unknown', [['csm.yaml', 8, 'outcome-unknown', 'misspelt']]],
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'near-practice',
    [
      ['csm.yaml', 8, 14, 'warn', 'nearMiss'],
      ['csm.yaml', 11, 14, 'warn', 'nearMiss'],
      ['csm.yaml', 14, 14, 'warn', 'nearMiss'],
    ],
  ],
  // Two metrics say "efficiency": the one "efficency" is the typo.
  ['near-common', [['ops.yaml', 8, 14, 'warn', 'nearMiss']]],
  ['case', [['csm.yaml', 8, 14, 'warn', 'nearMiss']]],
];

describeRuleFixtures(RULE, { invalid, valid });
