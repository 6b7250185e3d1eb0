import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'org-executive-sponsor';

const invalid: [string, ExpectedFinding[]][] = [
  [
    'missing',
    [['org.yaml', 1, 1, 'warn', 'missing']],
  ],
  // At the "name" key, wherever it is.
  ['after-comments', [['org.yaml', 5, 1, 'warn', 'missing']]],
  ['flow-style', [['org.yaml', 1, 3, 'warn', 'missing']]],
  ['blank', [['org.yaml', 2, 19, 'warn', 'blank']]],
  // No name to point at either: the start of the file.
  ['name-missing-too', [['org.yaml', 1, 1, 'warn', 'missing']]],
];

// empty-value: `executiveSponsor: ""` is the schema rule's to report.
const valid: ValidCase[] = ['named', ['empty-value', [['org.yaml', 2, 'schema', 'issue']]], 'no-org', ['unusable-org', [['org.yaml', 2, 'yaml-syntax', 'problem']]]];

describeRuleFixtures(RULE, { invalid, valid });
