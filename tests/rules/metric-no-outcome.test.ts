import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'metric-no-outcome';

const valid: ValidCase[] = ['all-have-outcomes', 'own-word', ['financial-with-outcome', [['csm.yaml', 5, 'metrics-mostly-nonfinancial', 'tooFinancial']]], ['no-metrics', [['csm.yaml', 1, 'section-missing', 'noOperatingMetrics']]]];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'one-missing',
    [
      [
        'csm.yaml',
        9,
        5,
        'warn',
        'missing',
      ],
    ],
  ],
  // A metric still being defined is no exception.
  ['work-in-progress', [['csm.yaml', 6, 5, 'warn', 'missing']]],
  [
    'several-missing',
    [
      ['csm.yaml', 6, 5, 'warn', 'missing'],
      ['csm.yaml', 11, 5, 'warn', 'missing'],
    ],
  ],
  // The malformed metric before it is the schema rule's; this one is still found at its own line.
  ['after-a-malformed-metric', [['csm.yaml', 9, 5, 'warn', 'missing']]],
  ['flow-style', [['csm.yaml', 5, 20, 'warn', 'missing']]],
  // `outcome:` with no value is the schema rule's to report; only the metric without the key is reported here.
  ['empty-outcome', [['csm.yaml', 9, 5, 'warn', 'missing']]],
];

describeRuleFixtures(RULE, { invalid, valid });
