import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'department-no-need';

const invalid: [string, ExpectedFinding[]][] = [
  // Positions stay right when an earlier department was dropped for a malformed id.
  ['after-malformed-department', [['org.yaml', 15, 9, 'warn', 'missing']]],
  // Offers the needs no department answers yet.
  [
    'missing-need',
    [['org.yaml', 12, 9, 'warn', 'missing']],
  ],
  [
    'several-missing',
    [
      ['org.yaml', 14, 9, 'warn', 'missing'],
      ['org.yaml', 16, 9, 'warn', 'missing'],
    ],
  ],
  // Every need is answered already: offers them all.
  ['missing-need-all-served', [['org.yaml', 15, 9, 'warn', 'missing']]],
  ['internal-false', [['org.yaml', 15, 9, 'warn', 'missing']]],
  ['no-customer-needs', [['org.yaml', 4, 9, 'warn', 'missingNoNeeds']]],
  ['misspelt-need', [['org.yaml', 14, 11, 'warn', 'misspelt']]],
  ['unknown-need', [['org.yaml', 14, 11, 'warn', 'unknown']]],
  ['unknown-need-no-customer-needs', [['org.yaml', 6, 11, 'warn', 'unknownNoNeeds']]],
  // A need named by an internal department must exist all the same.
  ['internal-with-unknown-need', [['org.yaml', 18, 11, 'warn', 'unknown']]],
];

// malformed-need: a need that is not kebab-case is the schema rule's to report.
const valid: ValidCase[] = ['every-department-has-a-need', ['shared-need', [['org.yaml', 6, 'need-unserved', 'unserved']]], 'no-org', ['malformed-need', [['org.yaml', 6, 'need-unserved', 'unserved'], ['org.yaml', 14, 'schema', 'issue']]], ['malformed-need-after-malformed-department', [['org.yaml', 6, 'need-unserved', 'unserved'], ['org.yaml', 9, 'schema', 'issue'], ['org.yaml', 17, 'schema', 'issue']]]];

describeRuleFixtures(RULE, { invalid, valid });
