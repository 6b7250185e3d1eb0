import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'product-dri';

const invalid: [string, ExpectedFinding[]][] = [
  ['no-dri', [['org.yaml', 12, 11, 'warn', 'none']]],
  ['two-dris', [['org.yaml', 12, 11, 'warn', 'several']]],
  [
    'unknown-product',
    [
      ['csm.yaml', 4, 23, 'warn', 'unknown'],
      ['support.yaml', 4, 18, 'warn', 'unknown'],
    ],
  ],
  ['no-products-declared', [['csm.yaml', 4, 12, 'warn', 'unknown']]],
];

const valid = ['one-dri-each', 'one-function-several-products', 'no-org'];

describeRuleFixtures(RULE, { invalid, valid });
