import { expect, it } from 'vitest';
import { ruleById } from '../../src/rules/index.js';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'metrics-mostly-nonfinancial';

const valid: ValidCase[] = [
  'none-financial',
  'exactly-half',
  'one-of-three',
  // No metrics at all is section-missing's to report.
  ['no-metrics', [['csm.yaml', 1, 'section-missing', 'noOperatingMetrics']]],
  ['empty-list', [['csm.yaml', 5, 'section-missing', 'emptyOperatingMetrics']]],
  // "financial: false" wins over a name that sounds like money.
  'financial-false-wins',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'all-financial',
    [
      [
        'csm.yaml',
        5,
        1,
        'warn',
        'tooFinancial',
      ],
    ],
  ],
  ['three-of-four', [['csm.yaml', 5, 1, 'warn', 'tooFinancial']]],
  ['one-of-one', [['csm.yaml', 5, 1, 'warn', 'tooFinancial']]],
  ['five-of-six', [['csm.yaml', 5, 1, 'warn', 'tooFinancial']]],
  // No metric says "financial:", but three of the four names talk money.
  ['inferred-from-names', [['services.yaml', 5, 1, 'warn', 'tooFinancialInferred']]],
  ['flow-style', [['csm.yaml', 6, 1, 'warn', 'tooFinancial']]],
];

/** A charter with one financial metric out of three. */
const oneOfThree = charterYaml('csm').replace(
  /^operatingMetrics:\n/m,
  'operatingMetrics:\n  - id: grr\n    name: Gross renewal rate\n    financial: true\n  - id: nps\n    name: NPS\n',
);

function lintWith(maxShare: number): string[] {
  return lintFiles({ 'csm.yaml': oneOfThree }, { [RULE]: { options: { maxShare } } })
    .filter((f) => f.rule === RULE)
    .map((f) => `${f.message}; ${f.help}`);
}

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it.each([
    [0.5, []],
    [0.34, []],
    [0.3, ['1 of 3 operating metrics is financial ("grr"); keep at most 30% financial']],
    [0, ['1 of 3 operating metrics is financial ("grr"); keep none financial']],
    [1, []],
  ])('option maxShare: %s', (maxShare, expected) => {
    expect(lintWith(maxShare)).toEqual(expected.map((m) => expect.stringContaining(m)));
  });

  it('validates its options', () => {
    const schema = ruleById.get(RULE)!.meta.options!.schema;
    expect(schema.safeParse({ maxShare: 0.25 }).success).toBe(true);
    expect(schema.safeParse({ maxShare: 1.5 }).success).toBe(false);
    expect(schema.safeParse({ maxShare: -0.1 }).success).toBe(false);
    expect(schema.safeParse({ maxShare: 'half' }).success).toBe(false);
  });
});
