import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'fulfils-stale';

const valid: ValidCase[] = [
  // By function/dependency, and by a bare function id in a nested activity of a department's function.
  'acknowledged',
  // A fulfils entry naming no function is reference-unknown's to report.
  ['unknown-function-left-to-reference-unknown', [['support.yaml', 14, 'reference-unknown', 'function'], ['support.yaml', 14, 'reference-unknown', 'function']]],
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'stale',
    [
      // A bare function id that has no dependency on this function or its department.
      ['onboarding-training.yaml', 14, 30, 'warn', 'noDependency'],
      // In a nested activity; the function has no dependency at all on this one.
      ['onboarding-training.yaml', 18, 19, 'warn', 'noSuchDependency'],
      // A misspelt dependency id.
      ['support.yaml', 14, 15, 'warn', 'noSuchDependency'],
      // A dependency on another team.
      ['support.yaml', 14, 30, 'warn', 'otherTeam'],
      // Nothing close: list the ones there are.
      ['support.yaml', 14, 45, 'warn', 'noSuchDependency'],
      // The dependencies there have no id.
      ['support.yaml', 14, 62, 'warn', 'noSuchDependency'],
    ],
  ],
  [
    // The claims are right; csm's dependency names its team with a typo: point at it
    // rather than advise removing the claims (dependency-unknown reports it in csm.yaml).
    'team-typo',
    [
      ['support.yaml', 14, 15, 'warn', 'teamTypo'],
      ['support.yaml', 17, 15, 'warn', 'teamTypo'],
    ],
  ],
];

describeRuleFixtures(RULE, { invalid, valid });
