import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'risk-orphaned';

const valid = [
  // Every charter risk is mitigated; every register risk is referred to by some charter risk.
  'managed',
  // Without org.yaml there is no register to check.
  'without-org',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'unmitigated',
    [
      // No mitigatedBy: the first line of the risk.
      ['csm.yaml', 18, 5, 'warn', 'Risk "habits-risk" has no activity that mitigates it; name the activities of this charter that keep it down under mitigatedBy'],
      // mitigatedBy: []: the empty list.
      ['csm.yaml', 22, 18, 'warn', 'Risk "sentiment-risk" has no activity that mitigates it'],
    ],
  ],
  [
    'unmanaged-register-risk',
    [['org.yaml', 13, 9, 'warn', 'Register risk "habits-risk" is managed by no charter; add a risk with "ref: habits-risk" to the charter of each function that manages it']],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
