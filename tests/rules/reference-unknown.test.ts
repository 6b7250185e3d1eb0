import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'reference-unknown';

const OPM = 'onboarding-project-managers.yaml';

const valid = [
  // mitigatedBy (a nested activity too), monitoredBy, ref, and both forms of fulfils.
  'all-resolve',
  // Without a usable org.yaml there is no register to check ref against.
  'ref-without-org',
  'ref-with-unusable-org',
  // The dependency part of "<function>/<dependency>" is fulfils-stale's to check.
  'fulfils-unknown-dependency',
  // References to an activity, a metric and a register risk that the schema rejected.
  'refers-to-malformed-items',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'mitigated-by-typo',
    [['csm.yaml', 21, 19, 'error', 'Risk "renewal-risk" is mitigated by "strategy-sesions", but this charter has no activity "strategy-sesions"; did you mean "strategy-sessions"?']],
  ],
  ['mitigated-by-nested-typo', [['csm.yaml', 21, 38, 'error', 'mitigated by "succes-criteria", but this charter has no activity "succes-criteria"; did you mean "success-criteria"?']]],
  [
    'mitigated-by-unknown',
    [['csm.yaml', 21, 19, 'error', 'no activity "executive-alignment"; mitigatedBy lists ids of this charter\'s activities (nested ones included)']],
  ],
  [
    'mitigated-by-other-function',
    [
      [
        'csm.yaml',
        21,
        19,
        'error',
        'Risk "renewal-risk" is mitigated by "project-plan", which is an activity of "onboarding-project-managers", not of this charter',
      ],
    ],
  ],
  [
    'monitored-by-typo',
    [['csm.yaml', 22, 19, 'error', 'Risk "renewal-risk" is monitored by "habit-scorecard", but this charter has no operating metric "habit-scorecard"; did you mean "habits-scorecard"?']],
  ],
  ['monitored-by-unknown', [['csm.yaml', 22, 37, 'error', 'no operating metric "nps"; monitoredBy lists ids of this charter\'s operating metrics']]],
  [
    'nothing-to-refer-to',
    [
      ['support.yaml', 11, 19, 'error', 'no activity "troubleshooting"; add the activity under "activities" first, then name its id here'],
      ['support.yaml', 12, 19, 'error', 'no operating metric "time-to-resolution"; add the metric under "operatingMetrics" first'],
    ],
  ],
  ['ref-typo', [['csm.yaml', 20, 10, 'error', 'Risk "renewal-risk" refers to "renewal-rsk", which is not in the risk register of org.yaml; did you mean "renewal-risk"?']]],
  ['ref-unknown', [['csm.yaml', 20, 10, 'error', 'refers to "sentiment-risk", which is not in the risk register of org.yaml; add it to the register under "risks" in org.yaml']]],
  [
    'ref-no-register',
    [
      ['csm.yaml', 20, 10, 'error', 'refers to "renewal-risk", which is not in the risk register of org.yaml; org.yaml has no risk register yet'],
      [OPM, 21, 10, 'error', 'refers to "onboarding-risk", which is not in the risk register'],
    ],
  ],
  [
    'fulfils-typo',
    [
      [OPM, 14, 15, 'error', 'Activity "admin-handover" fulfils "cms/admin-readiness", but there is no function "cms"; did you mean "csm/admin-readiness"?'],
      [OPM, 17, 20, 'error', 'Activity "project-plan" fulfils "csms", but there is no function "csms"; did you mean "csm"?'],
    ],
  ],
  [
    'fulfils-department',
    [[OPM, 17, 15, 'error', 'no function "client-outcomes"; "client-outcomes" is a department, not a function: name the function whose dependency this activity delivers (its functions: "csm")']],
  ],
  ['fulfils-external', [[OPM, 17, 15, 'error', 'no function "product"; "product" is an external team, which has no charter']]],
  ['fulfils-unknown', [[OPM, 14, 15, 'error', 'fulfils "sales-engineering/admin-readiness", but there is no function "sales-engineering"; fulfils names the function']]],
  // A risk the schema rejected comes first: the next one is still reported at its own position.
  ['after-a-malformed-risk', [['csm.yaml', 23, 19, 'error', 'mitigated by "strategy-session"']]],
];

describeRuleFixtures(RULE, { invalid, valid });
