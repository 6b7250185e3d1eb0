import { expect, it } from 'vitest';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'mission-one-sentence';

const valid: ValidCase[] = [
  'one-sentence',
  'no-final-period',
  'abbreviations',
  'decimals-and-domains',
  'ellipsis',
  'question',
  'parenthetical-inside',
  'folded-over-lines',
  'literal-block',
  'quoted',
  // A mission of the wrong type is the schema rule's to report.
  ['mission-without-value', [['csm.yaml', 4, 'schema', 'issue']]],
  ['mission-not-text', [['csm.yaml', 4, 'schema', 'issue']]],
];

const TOO_LONG = 'keep it to the one sentence that names the customer need, and move the rest to the activities or a comment';

const invalid: [string, ExpectedFinding[]][] = [
  ['missing', [['csm.yaml', 1, 1, 'error', 'missing']]],
  ['missing-after-comments', [['csm.yaml', 3, 1, 'error', 'missing']]],
  ['empty', [['csm.yaml', 4, 10, 'error', 'empty']]],
  ['blank', [['csm.yaml', 4, 10, 'error', 'empty']]],
  ['two-sentences', [['csm.yaml', 4, 10, 'error', 'tooLong']]],
  ['three-sentences', [['csm.yaml', 4, 10, 'error', 'tooLong']]],
  ['question-then-statement', [['csm.yaml', 4, 10, 'error', 'tooLong']]],
  ['parenthetical-after', [['csm.yaml', 4, 10, 'error', 'tooLong']]],
  ['paragraphs', [['csm.yaml', 4, 10, 'error', 'tooLong']]],
  ['abbreviation-then-opener', [['csm.yaml', 4, 10, 'error', 'tooLong']]],
];

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it('quotes a long second sentence on one line, cut at a word', () => {
    const mission = 'Help customers succeed. We\n  run   quarterly business reviews with every single account we manage.';
    const findings = lintFiles({ 'csm.yaml': charterYaml('csm').replace(/^mission: .*$/m, `mission: ${JSON.stringify(mission)}`) });
    expect(findings.filter((f) => f.rule === RULE).map((f) => f.message)).toEqual([
      expect.stringContaining('(the second: "We run quarterly business reviews with...")'),
    ]);
  });

  it.each([
    ['one long sentence', 'Help customers and '.repeat(5300), []],
    ['many short sentences', 'Help customers. '.repeat(6250), [expect.stringContaining('The mission has 6250 sentences')]],
  ])('checks a 100,000-character mission (%s) quickly', (_, mission, messages) => {
    const yaml = charterYaml('csm').replace(/^mission: .*$/m, `mission: ${JSON.stringify(mission)}`);
    const started = performance.now();
    const findings = lintFiles({ 'csm.yaml': yaml }).filter((f) => f.rule === RULE);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(findings.map((f) => f.message)).toEqual(messages);
  });
});
