import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'metric-no-outcome';

const valid = ['all-have-outcomes', 'own-word', 'financial-with-outcome', 'no-metrics'];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'one-missing',
    [
      [
        'csm.yaml',
        9,
        5,
        'warn',
        'Operating metric "nps" (Net Promoter Score) predicts no outcome; add "outcome:" with the financial result it predicts: renewal, expansion, new-business, or your organization\'s own word',
      ],
    ],
  ],
  // A metric still being defined is no exception.
  ['work-in-progress', [['csm.yaml', 6, 5, 'warn', 'Operating metric "saves" (Saves) predicts no outcome']]],
  [
    'several-missing',
    [
      ['csm.yaml', 6, 5, 'warn', 'Operating metric "time-to-launch" (Time to launch)'],
      ['csm.yaml', 11, 5, 'warn', 'Operating metric "admin-101-completion" (Admin 101 completion rate)'],
    ],
  ],
  // The malformed metric before it is the schema rule's; this one is still found at its own line.
  ['after-a-malformed-metric', [['csm.yaml', 9, 5, 'warn', 'Operating metric "onboarding-csat"']]],
  ['flow-style', [['csm.yaml', 5, 20, 'warn', 'Operating metric "nps"']]],
  // `outcome:` with no value is the schema rule's to report; only the metric without the key is reported here.
  ['empty-outcome', [['csm.yaml', 9, 5, 'warn', 'Operating metric "csat"']]],
];

describeRuleFixtures(RULE, { invalid, valid });
