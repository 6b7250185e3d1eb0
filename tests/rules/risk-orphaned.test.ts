import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'risk-orphaned';

const valid: ValidCase[] = [
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
      ['csm.yaml', 18, 5, 'warn', 'unmitigated'],
      // mitigatedBy: []: the empty list.
      ['csm.yaml', 22, 18, 'warn', 'unmitigated'],
    ],
  ],
  [
    'unmanaged-register-risk',
    [['org.yaml', 13, 9, 'warn', 'unmanaged']],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
