import { expect, it } from 'vitest';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'schema';

const CHARTER_KEYS =
  'the keys are "id", "name", "department", "owner", "kind", "headcount", "segments", "products", "reviewed", "mission", "operatingMetrics", "costMetrics", "costExemption", "activities", "risks", "dependencies", and your own keys may start with "x-"';
const EMPTY_CHARTER = 'this file is empty; a charter needs at least id, name and department (run "charter new <id>" to start one)';

const invalid: [string, ExpectedFinding[]][] = [
  // Misspelt keys: at the key, with the nearest known key.
  ['misspelt-key', [['csm.yaml', 4, 1, 'error', 'issue']]],
  ['misspelt-key-case', [['csm.yaml', 4, 1, 'error', 'issue']]],
  ['misspelt-nested-key', [['csm.yaml', 8, 5, 'error', 'issue']]],
  ['misspelt-nested-activity-key', [['csm.yaml', 17, 9, 'error', 'issue']]],
  ['misspelt-org-key', [['org.yaml', 2, 1, 'error', 'issue']]],
  // Nothing close: the known keys are listed.
  ['unknown-key', [['csm.yaml', 19, 1, 'error', 'issue']]],
  [
    'on-instead-of-team',
    [
      ['csm.yaml', 19, 5, 'error', 'issue'],
    ],
  ],
  // Wrong types: at the value, saying what was expected and what was found.
  [
    'wrong-types',
    [
      ['csm.yaml', 2, 7, 'error', 'issue'],
      ['csm.yaml', 9, 16, 'error', 'issue'],
      ['csm.yaml', 10, 13, 'error', 'issue'],
      ['csm.yaml', 11, 5, 'error', 'issue'],
      ['csm.yaml', 17, 8, 'error', 'issue'],
    ],
  ],
  [
    'org-wrong-types',
    [
      ['org.yaml', 10, 15, 'error', 'issue'],
      ['org.yaml', 11, 20, 'error', 'issue'],
    ],
  ],
  // Malformed ids: with the kebab-case form as an example.
  [
    'malformed-ids',
    [
      ['csm.yaml', 3, 13, 'error', 'issue'],
      ['csm.yaml', 6, 9, 'error', 'issue'],
      ['csm.yaml', 14, 15, 'error', 'issue'],
    ],
  ],
  ['malformed-org-id', [['org.yaml', 7, 9, 'error', 'issue']]],
  // At the costExemption key.
  ['cost-metrics-and-exemption', [['csm.yaml', 11, 1, 'error', 'issue']]],
  // Missing keys: at the mapping that lacks them.
  ['missing-required-key', [['csm.yaml', 1, 1, 'error', 'issue']]],
  ['missing-key-in-list-item', [['csm.yaml', 6, 5, 'error', 'issue']]],
  ['empty-value', [['csm.yaml', 2, 7, 'error', 'issue']]],
  // `name:` with nothing after it: at the key.
  ['no-value', [['csm.yaml', 2, 1, 'error', 'issue']]],
  // Empty files and files that are not a mapping: at the start of the file.
  ['empty-file', [['csm.yaml', 1, 1, 'error', 'issue']]],
  ['comments-only', [['csm.yaml', 1, 1, 'error', 'issue']]],
  ['empty-org', [['org.yaml', 1, 1, 'error', 'issue']]],
  ['missing-org-name', [['org.yaml', 1, 1, 'error', 'issue']]],
  ['list-instead-of-mapping', [['csm.yaml', 1, 1, 'error', 'issue']]],
  ['text-instead-of-mapping', [['csm.yaml', 1, 1, 'error', 'issue']]],
];

// extension-keys: keys starting with "x-" are the user's own, anywhere, in charters and org.yaml.
const valid: ValidCase[] = ['complete', ['every-optional-field', [['csm.yaml', 24, 'reference-unknown', 'function'], ['csm.yaml', 24, 'reference-unknown', 'function'], ['csm.yaml', 32, 'reference-unknown', 'registerRisk'], ['csm.yaml', 37, 'dependency-unknown', 'unknownTeam']]], 'cost-exemption', 'extension-keys'];

const ORG_HEAD = `name: Acme
executiveSponsor: CCO
customerNeeds:
  - { id: outcomes, name: Outcomes }
  - { id: scale, name: Help at scale }
`;

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it('states the problem in the message and the fix in the help, naming list items by id or team', () => {
    const org = `${ORG_HEAD}departments:
  - id: client-outcomes
    name: Client Outcomes
    need: outcomes
  - id: strategic-cs
    name: Strategic CS
    need: scale
    paren: client-outcomes
`;
    const csm = `id: csm
name: CSM
department: client-outcomes
dependencies:
  - team: support
  - team: onboarding
    for: ""
`;
    const findings = lintFiles({ 'org.yaml': org, 'csm.yaml': csm }).filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.file, f.line, f.message, f.help])).toEqual([
      ['charters/csm.yaml', 5, 'The dependency on "support" needs "for"', 'add "for:" and its value'],
      ['charters/csm.yaml', 7, '"for" of the dependency on "onboarding" is empty', 'write a value (it is required)'],
      ['charters/org.yaml', 13, '"paren" is not a key of department "strategic-cs"', 'did you mean "parent"?'],
    ]);
  });

  it('a department need written as a list: one schema finding, and no need it names is unserved', () => {
    const org = `${ORG_HEAD}departments:
  - id: client-outcomes
    name: Client Outcomes
    need: [outcomes, scale]
`;
    const findings = lintFiles({ 'org.yaml': org, 'csm.yaml': charterYaml('csm') });
    expect(findings.map((f) => [f.file, f.line, f.rule, f.message, f.help])).toEqual([
      [
        'charters/org.yaml',
        9,
        RULE,
        'Department "client-outcomes" names 2 needs; a department has one',
        'name the one need it is accountable for ("need: <id>"); a need may have several departments, so give each other need a department of its own, or name it in another department',
      ],
    ]);
    // Written as one id, the other need is unserved: the rule still runs.
    expect(lintFiles({ 'org.yaml': org.replace('[outcomes, scale]', 'outcomes'), 'csm.yaml': charterYaml('csm') }).map((f) => [f.rule, f.data?.['need']])).toEqual([['need-unserved', 'scale']]);
  });

  it('keeps "did you mean" and "add it" out of the messages', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nname: CSM\nmision: Help.\n' }).filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.message, f.help])).toEqual([
      ['A charter needs "department"', 'add "department:" and its value'],
      ['"mision" is not a key of a charter', 'did you mean "mission"?'],
    ]);
  });


  it('cannot be turned off', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nname: CSM\ndepartment: co\nmision: Help.\n' }, { [RULE]: { level: 'off' } });
    expect(findings.filter((f) => f.rule === RULE)).toMatchObject([{ line: 4, column: 1, severity: 'error' }]);
  });
});
