import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'reference-unknown';

const OPM = 'onboarding-project-managers.yaml';

const valid: ValidCase[] = [
  // mitigatedBy (a nested activity too), monitoredBy, ref, and both forms of fulfils.
  ['all-resolve', [['org.yaml', 1, 'org-executive-sponsor', 'missing']]],
  // Without a usable org.yaml there is no register to check ref against.
  'ref-without-org',
  ['ref-with-unusable-org', [['org.yaml', 1, 'schema', 'issue']]],
  // The dependency part of "<function>/<dependency>" is fulfils-stale's to check.
  ['fulfils-unknown-dependency', [['onboarding-project-managers.yaml', 14, 'fulfils-stale', 'noSuchDependency'], ['org.yaml', 1, 'org-executive-sponsor', 'missing']]],
  // References to an activity, a metric and a register risk that the schema rejected.
  ['refers-to-malformed-items', [['onboarding-project-managers.yaml', 7, 'schema', 'issue'], ['onboarding-project-managers.yaml', 15, 'schema', 'issue'], ['onboarding-project-managers.yaml', 16, 'schema', 'issue'], ['org.yaml', 1, 'org-executive-sponsor', 'missing'], ['org.yaml', 20, 'schema', 'issue'], ['org.yaml', 21, 'schema', 'issue']]],
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'mitigated-by-typo',
    [['csm.yaml', 21, 19, 'error', 'activity']],
  ],
  ['mitigated-by-nested-typo', [['csm.yaml', 21, 38, 'error', 'activity']]],
  [
    'mitigated-by-unknown',
    [['csm.yaml', 21, 19, 'error', 'activity']],
  ],
  [
    'mitigated-by-other-function',
    [
      [
        'csm.yaml',
        21,
        19,
        'error',
        'activityElsewhere',
      ],
    ],
  ],
  [
    'monitored-by-typo',
    [['csm.yaml', 22, 19, 'error', 'metric']],
  ],
  ['monitored-by-unknown', [['csm.yaml', 22, 37, 'error', 'metric']]],
  [
    'nothing-to-refer-to',
    [
      ['support.yaml', 11, 19, 'error', 'activity'],
      ['support.yaml', 12, 19, 'error', 'metric'],
    ],
  ],
  ['ref-typo', [['csm.yaml', 20, 10, 'error', 'registerRisk']]],
  ['ref-unknown', [['csm.yaml', 20, 10, 'error', 'registerRisk']]],
  [
    'ref-no-register',
    [
      ['csm.yaml', 20, 10, 'error', 'registerRisk'],
      [OPM, 21, 10, 'error', 'registerRisk'],
    ],
  ],
  [
    'fulfils-typo',
    [
      [OPM, 14, 15, 'error', 'function'],
      [OPM, 17, 20, 'error', 'function'],
    ],
  ],
  [
    'fulfils-department',
    [[OPM, 17, 15, 'error', 'function']],
  ],
  ['fulfils-external', [[OPM, 17, 15, 'error', 'function']]],
  ['fulfils-unknown', [[OPM, 14, 15, 'error', 'function']]],
  // A risk the schema rejected comes first: the next one is still reported at its own position.
  ['after-a-malformed-risk', [['csm.yaml', 23, 19, 'error', 'activity']]],
];

describeRuleFixtures(RULE, { invalid, valid });
