import { expect, it } from 'vitest';
import { lintFiles } from '../helpers/org.js';
import { describeRuleFixtures, type ExpectedFinding } from '../helpers/rule-table.js';

const RULE = 'yaml-syntax';

const SECOND_DOCUMENT = 'a charter file holds one YAML document; move this second document (after "---") to a file of its own';

const invalid: [string, ExpectedFinding[]][] = [
  // Malformed YAML: at the spot to fix, saying how to fix it.
  ['unclosed-flow-list', [['csm.yaml', 17, 18, 'error', 'this "[" is never closed']]],
  ['unclosed-quote', [['csm.yaml', 2, 7, 'error', 'this quote (") is never closed']]],
  ['colon-in-value', [['csm.yaml', 2, 7, 'error', 'name: "CSMs: Client Outcomes"']]],
  ['over-indented-key', [['csm.yaml', 3, 3, 'error', 'this line is indented more than line 2']]],
  ['org-yaml', [['org.yaml', 8, 4, 'error', 'this line is not lined up with the list item above it']]],
  ['undefined-alias', [['csm.yaml', 2, 7, 'error', '"*team-name" refers to an anchor "&team-name" that is not defined']]],
  ['alias-expansion', [['csm.yaml', 19, 10, 'error', 'expand to too much data (over 1000 uses)']]],
  // Duplicate keys: at the second one, naming the line of the first.
  ['duplicate-key', [['csm.yaml', 19, 1, 'error', '"name" appears twice in the same mapping; keep one (the first is at line 2)']]],
  ['duplicate-key-nested', [['csm.yaml', 9, 5, 'error', '"name" appears twice in the same mapping; keep one (the first is at line 7)']]],
  ['duplicate-key-flow', [['csm.yaml', 18, 54, 'error', '"team" appears twice in the same mapping; keep one (the first is at line 18)']]],
  ['tab-indentation', [['csm.yaml', 17, 1, 'error', 'tabs are not allowed for indentation in YAML; indent with spaces']]],
  // At the "---" that starts each extra document.
  ['two-documents', [['csm.yaml', 19, 1, 'error', SECOND_DOCUMENT]]],
  [
    'three-documents',
    [
      ['csm.yaml', 19, 1, 'error', SECOND_DOCUMENT],
      ['csm.yaml', 21, 1, 'error', SECOND_DOCUMENT.replace('second', 'third')],
    ],
  ],
  ['binary-file', [['csm.yaml', 1, 1, 'error', 'this is a binary file, not YAML text; a charter must be a UTF-8 text file']]],
  // At the first byte that is not UTF-8.
  ['not-utf8', [['csm.yaml', 2, 10, 'error', 'byte 0xE9']]],
  // Only the bad file is reported; the others are still read.
  ['one-bad-file-among-good', [['support.yaml', 2, 1, 'error', '"id" appears twice in the same mapping; keep one (the first is at line 1)']]],
];

const valid = ['clean', 'document-markers', 'comments-only', 'byte-order-mark', 'crlf-line-endings'];

describeRuleFixtures(RULE, { invalid, valid }, () => {
  it('cannot be turned off', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nid: other\n' }, { [RULE]: { level: 'off' } });
    expect(findings.filter((f) => f.rule === RULE)).toMatchObject([{ line: 2, column: 1, severity: 'error' }]);
  });
});
