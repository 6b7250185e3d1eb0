import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'department-no-need';

const invalid: [string, ExpectedFinding[]][] = [
  // Positions stay right when an earlier department was dropped for a malformed id.
  ['after-malformed-department', [['org.yaml', 15, 9, 'warn', 'Department "onboarding" names no customer need']]],
  // Offers the needs no department answers yet.
  [
    'missing-need',
    [['org.yaml', 12, 9, 'warn', 'Department "onboarding" names no customer need; add "need:" with the customer need it is accountable for (no department answers "time-to-value" yet), or "internal: true" if it serves the other departments']],
  ],
  [
    'several-missing',
    [
      ['org.yaml', 14, 9, 'warn', 'Department "onboarding" names no customer need; add "need:" with the customer need it is accountable for (no department answers "time-to-value" or "get-help" yet)'],
      ['org.yaml', 16, 9, 'warn', 'Department "technical-success" names no customer need'],
    ],
  ],
  // Every need is answered already: offers them all.
  ['missing-need-all-served', [['org.yaml', 15, 9, 'warn', 'accountable for (one of "achieve-outcomes" or "time-to-value")']]],
  ['internal-false', [['org.yaml', 15, 9, 'warn', 'Department "cs-operations" names no customer need']]],
  ['no-customer-needs', [['org.yaml', 4, 9, 'warn', 'Department "client-outcomes" names no customer need, and org.yaml lists none; add the needs']]],
  ['misspelt-need', [['org.yaml', 14, 11, 'warn', 'Department "onboarding" names customer need "time-to-valeu", which org.yaml does not list; did you mean "time-to-value"?']]],
  ['unknown-need', [['org.yaml', 14, 11, 'warn', 'use one of "achieve-outcomes" or "time-to-value", or add "faster-launches" under "customerNeeds:"']]],
  ['unknown-need-no-customer-needs', [['org.yaml', 6, 11, 'warn', 'names customer need "achieve-outcomes", but org.yaml lists no customer needs; add it under "customerNeeds:"']]],
  // A need named by an internal department must exist all the same.
  ['internal-with-unknown-need', [['org.yaml', 18, 11, 'warn', 'Department "cs-operations" names customer need "smooth-operations", which org.yaml does not list']]],
];

// malformed-need: a need that is not kebab-case is the schema rule's to report.
const valid = ['every-department-has-a-need', 'shared-need', 'no-org', 'malformed-need', 'malformed-need-after-malformed-department'];

describeRuleFixtures(RULE, { invalid, valid });
