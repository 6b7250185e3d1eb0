import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'product-dri';

const invalid: [string, ExpectedFinding[]][] = [
  ['no-dri', [['org.yaml', 12, 11, 'warn', 'Product "core" has no DRI function; add "products: [core]" to the charter of the one function directly responsible for it']]],
  ['two-dris', [['org.yaml', 12, 11, 'warn', 'Product "core" has 3 DRI functions ("csm", "onboarding" and "support"); one function is directly responsible for a product']]],
  [
    'unknown-product',
    [
      ['csm.yaml', 4, 23, 'warn', 'Product "cor" is not a product in org.yaml; did you mean "core"?'],
      ['support.yaml', 4, 18, 'warn', 'Product "billing" is not a product in org.yaml; use one of "analytics" or "core", or add it under "products:" in org.yaml'],
    ],
  ],
  ['no-products-declared', [['csm.yaml', 4, 12, 'warn', 'Product "analytics" is not a product in org.yaml, which lists no products yet; add it under "products:" there']]],
];

const valid = ['one-dri-each', 'one-function-several-products', 'no-org'];

describeRuleFixtures(RULE, { invalid, valid });
