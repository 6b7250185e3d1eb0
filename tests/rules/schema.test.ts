import { expect, it } from 'vitest';
import { lintFiles } from '../helpers/org.js';
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

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it('cannot be turned off', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nname: CSM\ndepartment: co\nmision: Help.\n' }, { [RULE]: { level: 'off' } });
    expect(findings.filter((f) => f.rule === RULE)).toMatchObject([{ line: 4, column: 1, severity: 'error' }]);
  });
});
