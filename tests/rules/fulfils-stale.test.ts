import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'fulfils-stale';

const valid = [
  // By function/dependency, and by a bare function id in a nested activity of a department's function.
  'acknowledged',
  // A fulfils entry naming no function is reference-unknown's to report.
  'unknown-function-left-to-reference-unknown',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'stale',
    [
      // A bare function id that has no dependency on this function or its department.
      ['onboarding-training.yaml', 14, 30, 'warn', '"support" has no dependency on "onboarding-training" or its department "onboarding" (any more), so this entry fulfils nothing; remove "support" from fulfils'],
      // In a nested activity; the function has no dependency at all on this one.
      ['onboarding-training.yaml', 18, 19, 'warn', '"support" has no dependency "feature-training" on "onboarding-training" or its department "onboarding" (any more); remove this entry'],
      // A misspelt dependency id.
      ['support.yaml', 14, 15, 'warn', '"csm" has no dependency "brake-fix" on "support" or its department "technical-success"; did you mean "csm/break-fix"?'],
      // A dependency on another team.
      ['support.yaml', 14, 30, 'warn', '"csm/admin-101" is csm\'s dependency on "onboarding-training", not on "support" or its department "technical-success"; move this entry to the onboarding-training activity'],
      // Nothing close: list the ones there are.
      ['support.yaml', 14, 45, 'warn', 'its dependencies there are "csm/break-fix", "csm/how-to", "csm/configuration" (or write "csm" for all of them)'],
      // The dependencies there have no id.
      ['support.yaml', 14, 62, 'warn', '"cs-sales" has no dependency "renewals" on "support" or its department "technical-success"; its dependencies there have no id: write "cs-sales" to fulfil all of them'],
    ],
  ],
  [
    // The claims are right; csm's dependency names its team with a typo: point at it
    // rather than advise removing the claims (dependency-unknown reports it in csm.yaml).
    'team-typo',
    [
      ['support.yaml', 14, 15, 'warn', '"csm/break-fix" would fulfil csm\'s dependency on "suport", likely a typo for "support"; fix "team:" at '],
      ['support.yaml', 17, 15, 'warn', '"csm" would fulfil csm\'s dependency on "suport", likely a typo for "support"'],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
