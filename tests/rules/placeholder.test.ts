import { expect, it } from 'vitest';
import { ruleById } from '../../src/rules/index.js';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'placeholder';

const valid: ValidCase[] = [
  'clean',
  // Words are case-sensitive: "todo" in prose is fine.
  'lowercase-in-prose',
  // Whole words only: "TODOS" and "FIXMEs" are other words.
  'part-of-a-longer-word',
  // Comments and keys are not values.
  'comments-and-keys',
  // Values the schema rejected (an unknown key, an id that is not kebab-case) are the schema rule's.
  ['rejected-by-the-schema', [['csm.yaml', 19, 'schema', 'issue'], ['csm.yaml', 21, 'schema', 'issue']]],
];

const NAME = 'write the real name';

const invalid: [string, ExpectedFinding[]][] = [
  [
    'new-charter',
    [
      ['onboarding-training.yaml', 3, 7, 'warn', 'placeholder'],
      ['onboarding-training.yaml', 5, 11, 'warn', 'placeholder'],
      ['onboarding-training.yaml', 8, 11, 'warn', 'placeholder'],
      ['onboarding-training.yaml', 9, 14, 'warn', 'placeholder'],
      ['onboarding-training.yaml', 11, 11, 'warn', 'placeholder'],
      ['onboarding-training.yaml', 14, 11, 'warn', 'placeholder'],
      ['onboarding-training.yaml', 17, 11, 'warn', 'placeholder'],
    ],
  ],
  [
    'in-org',
    [
      ['org.yaml', 2, 13, 'warn', 'placeholder'],
      ['org.yaml', 3, 19, 'warn', 'placeholder'],
    ],
  ],
  // The finding points at the word, not at the start of the value.
  [
    'in-the-middle',
    [
      ['csm.yaml', 9, 70, 'warn', 'placeholder'],
      ['csm.yaml', 10, 30, 'warn', 'placeholder'],
    ],
  ],
  [
    'block-scalar',
    [
      ['csm.yaml', 6, 32, 'warn', 'placeholder'],
      ['csm.yaml', 9, 3, 'warn', 'placeholder'],
    ],
  ],
  ['nested-activity', [['csm.yaml', 20, 26, 'warn', 'placeholder']]],
  // Spelt with an escape, the word cannot be pointed at: the whole value is.
  ['escaped', [['csm.yaml', 2, 7, 'warn', 'placeholder']]],
  // Extension keys hold the user's text too; their keys' meaning is unknown, so the advice is generic.
  [
    'extension-keys',
    [
      ['csm.yaml', 21, 5, 'warn', 'placeholder'],
      ['csm.yaml', 22, 20, 'warn', 'placeholder'],
    ],
  ],
  // The metric the schema rejected (its id "TODO" is not kebab-case) is left to the schema rule.
  ['after-a-rejected-item', [['csm.yaml', 11, 13, 'warn', 'placeholder']]],
];

function lintWith(files: Record<string, string>, options?: { words: string[] }): string[] {
  return lintFiles(files, options === undefined ? {} : { [RULE]: { options } })
    .filter((f) => f.rule === RULE)
    .map((f) => `${f.line}:${f.column} ${f.message}; ${f.help}`);
}

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it.each([
    ['TODO:', true],
    ['(TBD)', true],
    ['Ask Finance. FIXME', true],
    ['TBD.', true],
    ['todo', false],
    ['Tbd', false],
    ['TODO_LIST', false],
    ['ATODO', false],
    ['TODO2', false],
  ])('a value "%s" holds a placeholder: %s', (value, found) => {
    const files = { 'csm.yaml': charterYaml('csm', `x-note: ${JSON.stringify(value)}\n`) };
    expect(lintWith(files)).toHaveLength(found ? 1 : 0);
  });

  it('option words: replaces the default words', () => {
    const files = { 'csm.yaml': charterYaml('csm', 'x-note: TODO, XXX and ???\n') };
    expect(lintWith(files, { words: ['XXX', '???'] })).toEqual([
      '19:15 "x-note" still holds the placeholder "XXX"; replace it with the real text',
    ]);
    expect(lintWith(files, { words: ['???'] })).toEqual(['19:23 "x-note" still holds the placeholder "???"; replace it with the real text']);
  });

  it('validates its options', () => {
    const schema = ruleById.get(RULE)!.meta.options!.schema;
    expect(schema.safeParse({ words: ['XXX'] }).success).toBe(true);
    expect(schema.safeParse({ words: [] }).success).toBe(false);
    expect(schema.safeParse({ words: [''] }).success).toBe(false);
  });

  it('reaches values nested as deep as a charter may be', () => {
    const depth = 90;
    let extra = 'x-deep:\n';
    for (let i = 1; i <= depth; i++) extra += `${' '.repeat(i)}k:\n`;
    extra += `${' '.repeat(depth + 1)}TODO\n`;
    expect(lintWith({ 'csm.yaml': charterYaml('csm', extra) })).toEqual([`${20 + depth}:${depth + 2} "k" still holds the placeholder "TODO"; replace it with the real text`]);
  });

  it('checks a large file in time linear in its size', () => {
    const extra = `x-notes:\n${Array.from({ length: 20_000 }, (_, i) => `  n${i}: Still TBD\n`).join('')}`;
    const started = performance.now();
    const findings = lintWith({ 'csm.yaml': charterYaml('csm', extra) });
    expect(findings).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
