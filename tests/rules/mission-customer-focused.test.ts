import { expect, it } from 'vitest';
import { ruleById } from '../../src/rules/index.js';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'mission-customer-focused';

const valid: ValidCase[] = [
  'names-the-customer',
  'plural-clients',
  'possessive',
  'plural-possessive',
  'any-case',
  'hyphenated',
  ['internal-department', [['org.yaml', 1, 'org-executive-sponsor', 'missing'], ['org.yaml', 6, 'department-empty', 'empty'], ['org.yaml', 12, 'department-empty', 'empty'], ['org.yaml', 12, 'department-no-need', 'missing']]],
  // A missing or empty mission is mission-one-sentence's to report.
  ['mission-missing', [['csm.yaml', 1, 'mission-one-sentence', 'missing']]],
  ['mission-empty', [['csm.yaml', 4, 'mission-one-sentence', 'empty']]],
  // The practice's own CS Sales mission: renewal and expansion are the customer's decisions there.
  'practice-missions',
];

const invalid: [string, ExpectedFinding[]][] = [
  [
    'no-customer-word',
    [
      [
        'csm.yaml',
        4,
        10,
        'warn',
        'noCustomer',
      ],
    ],
  ],
  // "clientele" and "userbase" are not the words themselves.
  ['word-inside-another-word', [['csm.yaml', 4, 10, 'warn', 'noCustomer']]],
  ['department-not-internal', [['enablement.yaml', 4, 10, 'warn', 'noCustomer']]],
  ['department-not-in-org', [['ops-helpers.yaml', 4, 10, 'warn', 'noCustomer']]],
  // Without org.yaml no department is internal.
  ['internal-without-org', [['cs-operations.yaml', 4, 10, 'warn', 'noCustomer']]],
  // Naming the customer does not make the company's number the customer's need.
  ['company-goal-naming-customers', [['csm.yaml', 4, 10, 'warn', 'companyGoal']]],
  ['long-mission', [['csm.yaml', 4, 10, 'warn', 'noCustomer']]],
];

/** Lints one charter with the given mission and, optionally, options for the rule. */
function lintMission(mission: string, options?: { words: string[] }): string[] {
  const files = { 'csm.yaml': charterYaml('csm').replace(/^mission: .*$/m, `mission: ${JSON.stringify(mission)}`) };
  const findings = lintFiles(files, options === undefined ? {} : { [RULE]: { options } });
  return findings.filter((f) => f.rule === RULE).map((f) => `${f.message}; ${f.help}`);
}

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it.each([
    ['a word of the list', 'Help every member get value from the community.', []],
    ['a phrase, across white space', 'Help every account\n holder see a return.', []],
    ['the default words no longer count', 'Help every customer get value.', ['names no customer; say which need of the customer this function meets (none of "member", "members" or "account holder" appears)']],
  ])('option words: %s', (_, mission, expected) => {
    expect(lintMission(mission, { words: ['member', 'members', 'account holder'] })).toEqual(expected.map((m) => expect.stringContaining(m)));
  });

  it('accepts word lists that hold regular expression characters literally', () => {
    expect(lintMission('Serve every C++ developer.', { words: ['C++ developer'] })).toEqual([]);
    expect(lintMission('Serve every C developer.', { words: ['C++ developer'] })).toHaveLength(1);
  });

  it('validates its options', () => {
    const schema = ruleById.get(RULE)!.meta.options!.schema;
    expect(schema.safeParse({ words: ['member'] }).success).toBe(true);
    expect(schema.safeParse({ words: [] }).success).toBe(false);
    expect(schema.safeParse({ words: [' '] }).success).toBe(false);
    expect(schema.safeParse({ word: ['member'] }).success).toBe(false);
  });
});
