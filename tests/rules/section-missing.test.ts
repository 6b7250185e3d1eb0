import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'section-missing';

const valid: ValidCase[] = [
  'complete',
  'cost-exemption',
  'depends-on-no-one',
  ['with-dependencies', [['csm.yaml', 19, 'dependency-unknown', 'unknownTeam']]],
  // Sections the schema rejected are reported by the schema rule, not here.
  ['section-of-wrong-type', [['csm.yaml', 11, 'schema', 'issue'], ['csm.yaml', 15, 'reference-unknown', 'activity']]],
  ['section-with-invalid-items', [['csm.yaml', 15, 'schema', 'issue']]],
  ['empty-value', [['csm.yaml', 18, 'schema', 'issue']]],
  ['cost-exemption-of-wrong-type', [['csm.yaml', 9, 'schema', 'issue']]],
];

const invalid: [string, ExpectedFinding[]][] = [
  ['no-operating-metrics', [['csm.yaml', 1, 1, 'error', 'noOperatingMetrics']]],
  ['empty-operating-metrics', [['csm.yaml', 5, 19, 'error', 'emptyOperatingMetrics']]],
  ['no-cost', [['csm.yaml', 1, 1, 'error', 'noCost']]],
  ['empty-cost-metrics', [['csm.yaml', 9, 14, 'error', 'emptyCostMetrics']]],
  ['no-activities', [['csm.yaml', 1, 1, 'error', 'noActivities']]],
  ['empty-activities', [['csm.yaml', 11, 13, 'error', 'emptyActivities']]],
  ['no-risks', [['csm.yaml', 1, 1, 'error', 'noRisks']]],
  ['empty-risks', [['csm.yaml', 14, 8, 'error', 'emptyRisks']]],
  ['no-dependencies', [['csm.yaml', 1, 1, 'error', 'noDependencies']]],
  [
    'only-the-basics',
    [
      ['csm.yaml', 1, 1, 'error', 'noOperatingMetrics'],
      ['csm.yaml', 1, 1, 'error', 'noCost'],
      ['csm.yaml', 1, 1, 'error', 'noActivities'],
      ['csm.yaml', 1, 1, 'error', 'noRisks'],
      ['csm.yaml', 1, 1, 'error', 'noDependencies'],
    ],
  ],
  // Absent sections point at the id key, wherever it is...
  ['after-comments', [['csm.yaml', 4, 1, 'error', 'noActivities']]],
  // ...or, when there is no usable id, at the top of the charter.
  ['no-id', [['csm.yaml', 1, 1, 'error', 'noRisks']]],
];

describeRuleFixtures(RULE, { invalid, valid });
