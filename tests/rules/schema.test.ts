import { expect, it } from 'vitest';
import { lintFiles } from '../helpers/org.js';
import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'schema';

const CHARTER_KEYS =
  'the keys are "id", "name", "department", "owner", "kind", "headcount", "segments", "products", "reviewed", "mission", "operatingMetrics", "costMetrics", "costExemption", "activities", "risks", "dependencies", and your own keys may start with "x-"';
const EMPTY_CHARTER = 'this file is empty; a charter needs at least id, name and department (run "charter new <id>" to start one)';

const invalid: [string, ExpectedFinding[]][] = [
  // Misspelt keys: at the key, with the nearest known key.
  ['misspelt-key', [['csm.yaml', 4, 1, 'error', '"mision" is not a key of a charter; did you mean "mission"?']]],
  ['misspelt-key-case', [['csm.yaml', 4, 1, 'error', '"Mission" is not a key of a charter; did you mean "mission"?']]],
  ['misspelt-nested-key', [['csm.yaml', 8, 5, 'error', '"outcom" is not a key of operating metric 1; did you mean "outcome"?']]],
  ['misspelt-nested-activity-key', [['csm.yaml', 17, 9, 'error', '"fulfills" is not a key of activity 1; did you mean "fulfils"?']]],
  ['misspelt-org-key', [['org.yaml', 2, 1, 'error', '"executiveSponser" is not a key of org.yaml; did you mean "executiveSponsor"?']]],
  // Nothing close: the known keys are listed.
  ['unknown-key', [['csm.yaml', 19, 1, 'error', `"budget" is not a key of a charter; ${CHARTER_KEYS}`]]],
  [
    'on-instead-of-team',
    [
      ['csm.yaml', 19, 5, 'error', '"on" is not a key of dependency 1; did you mean "team"? (some YAML tools read "on" as true)'],
    ],
  ],
  // Wrong types: at the value, saying what was expected and what was found.
  [
    'wrong-types',
    [
      ['csm.yaml', 2, 7, 'error', '"name" should be text, got the number 42; put it in quotes if you mean the text "42"'],
      ['csm.yaml', 9, 16, 'error', '"financial" of operating metric 1 should be true or false, got the text "yes"'],
      ['csm.yaml', 10, 13, 'error', '"status" of operating metric 1 should be one of "active" or "wip", got the text "done"'],
      ['csm.yaml', 11, 5, 'error', 'operating metric 2 of "operatingMetrics" should be an operating metric (a mapping of keys such as id: and name:), got the text "Net Promoter Score"'],
      ['csm.yaml', 17, 8, 'error', '"risks" should be a list of risks, got the text "none"'],
    ],
  ],
  [
    'org-wrong-types',
    [
      ['org.yaml', 10, 15, 'error', '"internal" of department 1 should be true or false, got the text "yes"'],
      ['org.yaml', 11, 20, 'error', '"implicitProviders" should be a list of team ids, got the text "cs-operations"'],
    ],
  ],
  // Malformed ids: with the kebab-case form as an example.
  [
    'malformed-ids',
    [
      ['csm.yaml', 3, 13, 'error', '"Client Outcomes" is not a valid id: use lowercase letters, digits and single hyphens (kebab-case), such as "client-outcomes"'],
      ['csm.yaml', 6, 9, 'error', '"habitsScorecard" is not a valid id: use lowercase letters, digits and single hyphens (kebab-case), such as "habits-scorecard"'],
      ['csm.yaml', 14, 15, 'error', '"Support/Break Fix" is not a valid fulfils entry: write "<function-id>" or "<function-id>/<dependency-id>" in kebab-case'],
    ],
  ],
  ['malformed-org-id', [['org.yaml', 7, 9, 'error', '"Client_Outcomes" is not a valid id: use lowercase letters, digits and single hyphens (kebab-case), such as "client-outcomes"']]],
  // At the costExemption key.
  ['cost-metrics-and-exemption', [['csm.yaml', 11, 1, 'error', 'a charter has either costMetrics or costExemption, not both; remove one']]],
  // Missing keys: at the mapping that lacks them.
  ['missing-required-key', [['csm.yaml', 1, 1, 'error', 'A charter needs "name"; add it']]],
  ['missing-key-in-list-item', [['csm.yaml', 6, 5, 'error', 'Operating metric 1 needs "name"; add it']]],
  ['empty-value', [['csm.yaml', 2, 7, 'error', '"name" is empty; write a value']]],
  // `name:` with nothing after it: at the key.
  ['no-value', [['csm.yaml', 2, 1, 'error', '"name" should be text, got nothing (an empty value)']]],
  // Empty files and files that are not a mapping: at the start of the file.
  ['empty-file', [['csm.yaml', 1, 1, 'error', EMPTY_CHARTER]]],
  ['comments-only', [['csm.yaml', 1, 1, 'error', EMPTY_CHARTER]]],
  ['empty-org', [['org.yaml', 1, 1, 'error', 'org.yaml is empty; it needs at least a name']]],
  ['missing-org-name', [['org.yaml', 1, 1, 'error', 'org.yaml needs "name"; add it']]],
  ['list-instead-of-mapping', [['csm.yaml', 1, 1, 'error', 'a charter file should be a mapping of keys (name: value lines), got a list']]],
  ['text-instead-of-mapping', [['csm.yaml', 1, 1, 'error', 'a charter file should be a mapping of keys (name: value lines), got the text "The CSM charter"']]],
];

// extension-keys: keys starting with "x-" are the user's own, anywhere, in charters and org.yaml.
const valid = ['complete', 'every-optional-field', 'cost-exemption', 'extension-keys'];

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it('cannot be turned off', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nname: CSM\ndepartment: co\nmision: Help.\n' }, { [RULE]: { level: 'off' } });
    expect(findings.filter((f) => f.rule === RULE)).toMatchObject([{ line: 4, column: 1, severity: 'error' }]);
  });
});
