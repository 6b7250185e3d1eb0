import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'org-executive-sponsor';

const invalid: [string, ExpectedFinding[]][] = [
  [
    'missing',
    [['org.yaml', 1, 1, 'warn', 'org.yaml names no executive sponsor; add "executiveSponsor:" with the executive who owns the customer success organization, such as a Chief Customer Officer']],
  ],
  // At the "name" key, wherever it is.
  ['after-comments', [['org.yaml', 5, 1, 'warn', 'org.yaml names no executive sponsor']]],
  ['flow-style', [['org.yaml', 1, 3, 'warn', 'org.yaml names no executive sponsor']]],
  ['blank', [['org.yaml', 2, 19, 'warn', '"executiveSponsor" is blank; name the executive who owns the customer success organization']]],
  // No name to point at either: the start of the file.
  ['name-missing-too', [['org.yaml', 1, 1, 'warn', 'org.yaml names no executive sponsor']]],
];

// empty-value: `executiveSponsor: ""` is the schema rule's to report.
const valid = ['named', 'empty-value', 'no-org', 'unusable-org'];

describeRuleFixtures(RULE, { invalid, valid });
