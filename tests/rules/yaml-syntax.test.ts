import { expect, it } from 'vitest';
import { lintFiles } from '../helpers/org.js';
import { describeRuleFixtures, type ExpectedFinding, type ValidCase } from '../helpers/rule-table.js';

const RULE = 'yaml-syntax';

const SECOND_DOCUMENT = 'a charter file holds one YAML document; move this second document (after "---") to a file of its own';

const invalid: [string, ExpectedFinding[]][] = [
  // Malformed YAML: at the spot to fix, saying how to fix it.
  ['unclosed-flow-list', [['csm.yaml', 17, 18, 'error', 'problem']]],
  ['unclosed-quote', [['csm.yaml', 2, 7, 'error', 'problem']]],
  ['colon-in-value', [['csm.yaml', 2, 7, 'error', 'problem']]],
  ['over-indented-key', [['csm.yaml', 3, 3, 'error', 'problem']]],
  ['org-yaml', [['org.yaml', 8, 4, 'error', 'problem']]],
  ['undefined-alias', [['csm.yaml', 2, 7, 'error', 'problem']]],
  ['alias-expansion', [['csm.yaml', 19, 10, 'error', 'problem']]],
  // Duplicate keys: at the second one, naming the line of the first.
  ['duplicate-key', [['csm.yaml', 19, 1, 'error', 'problem']]],
  ['duplicate-key-nested', [['csm.yaml', 9, 5, 'error', 'problem']]],
  ['duplicate-key-flow', [['csm.yaml', 18, 54, 'error', 'problem']]],
  ['tab-indentation', [['csm.yaml', 17, 1, 'error', 'problem']]],
  // At the "---" that starts each extra document.
  ['two-documents', [['csm.yaml', 19, 1, 'error', 'problem']]],
  [
    'three-documents',
    [
      ['csm.yaml', 19, 1, 'error', 'problem'],
      ['csm.yaml', 21, 1, 'error', 'problem'],
    ],
  ],
  ['binary-file', [['csm.yaml', 1, 1, 'error', 'problem']]],
  // At the first byte that is not UTF-8.
  ['not-utf8', [['csm.yaml', 2, 10, 'error', 'problem']]],
  // Only the bad file is reported; the others are still read.
  ['one-bad-file-among-good', [['support.yaml', 2, 1, 'error', 'problem']]],
];

const valid: ValidCase[] = ['clean', 'document-markers', ['comments-only', [['csm.yaml', 1, 'schema', 'issue']]], 'byte-order-mark', 'crlf-line-endings'];

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it('cannot be turned off', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nid: other\n' }, { [RULE]: { level: 'off' } });
    expect(findings.filter((f) => f.rule === RULE)).toMatchObject([{ line: 2, column: 1, severity: 'error' }]);
  });
});
