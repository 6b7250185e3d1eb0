import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'need-unserved';

const invalid: [string, ExpectedFinding[]][] = [
  // Positions stay right when an earlier need was dropped for a malformed id.
  ['after-malformed-need', [['org.yaml', 8, 9, 'error', 'No department is accountable for customer need "time-to-value"; add "need: time-to-value" to the department that answers it, or add']]],
  [
    'one-unserved',
    [['org.yaml', 8, 9, 'error', 'No department is accountable for customer need "get-help"; add "need: get-help" to the department that answers it, or add a department for it']],
  ],
  // Offers the customer-facing departments that name no need.
  ['department-without-need', [['org.yaml', 8, 9, 'error', '(departments that name no need yet: "technical-success")']]],
  // Points at the department whose need is a near miss.
  ['misspelt-in-department', [['org.yaml', 8, 9, 'error', 'department "technical-success" names "get-hlep", which looks like a misspelling of it']]],
  [
    'no-departments',
    [
      ['org.yaml', 4, 9, 'error', 'customer need "achieve-outcomes"'],
      ['org.yaml', 6, 9, 'error', 'customer need "time-to-value"'],
      ['org.yaml', 8, 9, 'error', 'customer need "get-help"'],
    ],
  ],
];

// served-by-internal-department: a department that names a need is accountable for it, internal or not.
const valid = ['every-need-served', 'served-by-internal-department', 'no-customer-needs', 'no-org'];

describeRuleFixtures(RULE, { invalid, valid });
