import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'outcome-typo';

const valid = [
  'practice-words',
  // The organization's own outcomes are free words.
  'own-word',
  // "adoption" and "adaption" are used once each: nothing says which is meant.
  'equally-common',
  // With "outcomes:" in org.yaml any other word is outcome-unknown's to report.
  'closed-list-left-to-outcome-unknown',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'near-practice',
    [
      ['csm.yaml', 8, 14, 'warn', 'Outcome "renwal" looks like a typo; did you mean "renewal"?'],
      ['csm.yaml', 11, 14, 'warn', 'Outcome "expansoin" looks like a typo; did you mean "expansion"?'],
      ['csm.yaml', 14, 14, 'warn', 'Outcome "new-busines" looks like a typo; did you mean "new-business"?'],
    ],
  ],
  // Two metrics say "efficiency": the one "efficency" is the typo.
  ['near-common', [['ops.yaml', 8, 14, 'warn', 'Outcome "efficency" looks like a typo; did you mean "efficiency"?']]],
  ['case', [['csm.yaml', 8, 14, 'warn', 'Outcome "Renewal" looks like a typo; did you mean "renewal"?']]],
];

describeRuleFixtures(RULE, { invalid, valid });
