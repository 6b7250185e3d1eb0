import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'need-unserved';

const invalid: [string, ExpectedFinding[]][] = [
  // Positions stay right when an earlier need was dropped for a malformed id.
  ['after-malformed-need', [['org.yaml', 8, 9, 'error', 'unserved']]],
  [
    'one-unserved',
    [['org.yaml', 8, 9, 'error', 'unserved']],
  ],
  // Offers the customer-facing departments that name no need.
  ['department-without-need', [['org.yaml', 8, 9, 'error', 'unservedCandidates']]],
  // Points at the department whose need is a near miss.
  ['misspelt-in-department', [['org.yaml', 8, 9, 'error', 'misspeltInDepartment']]],
  [
    'no-departments',
    [
      ['org.yaml', 4, 9, 'error', 'unserved'],
      ['org.yaml', 6, 9, 'error', 'unserved'],
      ['org.yaml', 8, 9, 'error', 'unserved'],
    ],
  ],
];

// served-by-internal-department: a department that names a need is accountable for it, internal or not.
const valid: ValidCase[] = ['every-need-served', 'served-by-internal-department', ['no-customer-needs', [['org.yaml', 4, 'department-no-need', 'missingNoNeeds']]], 'no-org'];

describeRuleFixtures(RULE, { invalid, valid });
