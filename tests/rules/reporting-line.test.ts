import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'reporting-line';

const invalid: [string, ExpectedFinding[]][] = [
  // Reported once, starting at the smallest id of the circle and at its reportsTo (the file order changes nothing).
  ['leader-cycle', [['org.yaml', 6, 58, 'error', 'leaderCycle']]],
  ['reports-to-self', [['org.yaml', 8, 70, 'error', 'leaderCycle']]],
  ['two-tops', [['org.yaml', 9, 11, 'error', 'secondTop']]],
  ['unknown-reports-to', [['org.yaml', 8, 70, 'error', 'reportsToUnknown']]],
  ['parent-cycle', [['org.yaml', 22, 37, 'error', 'parentCycle']]],
  // One finding for the typo: the parent is not also reported as empty or without a need.
  ['unknown-parent', [['org.yaml', 18, 13, 'error', 'parentUnknown']]],
  ['unknown-lead', [['org.yaml', 20, 11, 'error', 'leadUnknown']]],
  // Free text written before leaders were declared: the leader with that title is offered.
  [
    'lead-is-a-title',
    [['org.yaml', 15, 59, 'error', 'leadUnknown']],
  ],
  [
    'unknown-sponsor',
    [['org.yaml', 2, 19, 'error', 'sponsorUnknown']],
  ],
  ['unknown-owner', [['csm.yaml', 4, 8, 'error', 'ownerUnknown']]],
];

// no-leaders: lead, owner and executiveSponsor stay free text until leaders are declared.
// placeholder-owner: a TODO is the placeholder rule's. dropped-leader: a leader the schema
// dropped (no title) is still named by others without a cascade of findings.
const valid: ValidCase[] = [
  'complete',
  'no-leaders',
  'no-org',
  ['placeholder-owner', [['csm.yaml', 4, 'placeholder', 'placeholder']]],
  ['dropped-leader', [['org.yaml', 6, 'schema', 'issue']]],
];

describeRuleFixtures(RULE, { invalid, valid });
