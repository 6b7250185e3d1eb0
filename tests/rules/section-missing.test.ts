import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'section-missing';

const valid = [
  'complete',
  'cost-exemption',
  'depends-on-no-one',
  'with-dependencies',
  // Sections the schema rejected are reported by the schema rule, not here.
  'section-of-wrong-type',
  'section-with-invalid-items',
  'empty-value',
  'cost-exemption-of-wrong-type',
];

const invalid: [string, ExpectedFinding[]][] = [
  ['no-operating-metrics', [['csm.yaml', 1, 1, 'error', 'This charter has no operating metrics; add "operatingMetrics:" with the measures of success']]],
  ['empty-operating-metrics', [['csm.yaml', 5, 19, 'error', '"operatingMetrics" is empty; list the measures of success']]],
  ['no-cost', [['csm.yaml', 1, 1, 'error', 'no cost metric; add "costMetrics:" with the metric that tells whether spending on this function is reasonable']]],
  ['empty-cost-metrics', [['csm.yaml', 9, 14, 'error', '"costMetrics" is empty; list the metric that tells']]],
  ['no-activities', [['csm.yaml', 1, 1, 'error', 'This charter has no activities; add "activities:"']]],
  ['empty-activities', [['csm.yaml', 11, 13, 'error', '"activities" is empty; list what the function does to achieve its mission']]],
  ['no-risks', [['csm.yaml', 1, 1, 'error', 'This charter has no risks; add "risks:" with what can go wrong']]],
  ['empty-risks', [['csm.yaml', 14, 8, 'error', '"risks" is empty']]],
  ['no-dependencies', [['csm.yaml', 1, 1, 'error', 'no dependencies section; add "dependencies:" with what this function expects of other teams, or "dependencies: []" if it depends on no one']]],
  [
    'only-the-basics',
    [
      ['csm.yaml', 1, 1, 'error', 'no operating metrics'],
      ['csm.yaml', 1, 1, 'error', 'no cost metric'],
      ['csm.yaml', 1, 1, 'error', 'no activities'],
      ['csm.yaml', 1, 1, 'error', 'no risks'],
      ['csm.yaml', 1, 1, 'error', 'no dependencies section'],
    ],
  ],
  // Absent sections point at the id key, wherever it is...
  ['after-comments', [['csm.yaml', 4, 1, 'error', 'no activities']]],
  // ...or, when there is no usable id, at the top of the charter.
  ['no-id', [['csm.yaml', 1, 1, 'error', 'no risks']]],
];

describeRuleFixtures(RULE, { invalid, valid });
