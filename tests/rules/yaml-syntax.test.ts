import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, lintFixture, RULE_FIXTURES } from '../helpers/org.js';

const RULE = 'yaml-syntax';

/** file, line, column, severity, and a distinctive part of the message. */
type Expected = [string, number, number, 'error' | 'warn', string];

const SECOND_DOCUMENT = 'a charter file holds one YAML document; move this second document (after "---") to a file of its own';

const invalid: [string, Expected[]][] = [
  ['unclosed-flow-list', [['csm.yaml', 18, 1, 'error', 'YAML syntax error: flow sequence in block collection must be sufficiently indented and end with a ]']]],
  ['colon-in-value', [['csm.yaml', 2, 7, 'error', 'YAML syntax error: nested mappings are not allowed in compact mappings']]],
  [
    'over-indented-key',
    [
      ['csm.yaml', 2, 7, 'error', 'YAML syntax error: nested mappings are not allowed in compact mappings'],
      ['csm.yaml', 2, 7, 'error', 'YAML syntax error: implicit keys need to be on a single line'],
    ],
  ],
  ['duplicate-key', [['csm.yaml', 19, 1, 'error', '"name" appears twice in the same mapping; keep one (the first is at line 2)']]],
  ['duplicate-key-nested', [['csm.yaml', 9, 5, 'error', '"name" appears twice in the same mapping; keep one (the first is at line 7)']]],
  ['duplicate-key-flow', [['csm.yaml', 18, 54, 'error', '"team" appears twice in the same mapping; keep one (the first is at line 18)']]],
  ['tab-indentation', [['csm.yaml', 17, 1, 'error', 'tabs are not allowed for indentation in YAML; indent with spaces']]],
  // At the "---" that starts the extra document.
  ['two-documents', [['csm.yaml', 19, 1, 'error', SECOND_DOCUMENT]]],
  [
    'three-documents',
    [
      ['csm.yaml', 19, 1, 'error', SECOND_DOCUMENT],
      ['csm.yaml', 21, 1, 'error', SECOND_DOCUMENT],
    ],
  ],
  ['alias-expansion', [['csm.yaml', 1, 1, 'error', 'aliases in this file expand to too much data (over 1000 uses); write the values out instead']]],
  ['binary-file', [['csm.yaml', 1, 1, 'error', 'this is a binary file, not YAML text; a charter must be a UTF-8 text file']]],
  ['not-utf8', [['csm.yaml', 1, 1, 'error', 'this file is not valid UTF-8 text; save it with UTF-8 encoding']]],
  [
    'org-yaml',
    [
      ['org.yaml', 8, 1, 'error', 'YAML syntax error: sequence item without - indicator'],
      ['org.yaml', 8, 10, 'error', 'YAML syntax error: nested mappings are not allowed in compact mappings'],
      ['org.yaml', 8, 10, 'error', 'YAML syntax error: implicit keys need to be on a single line'],
    ],
  ],
  // Only the bad file is reported; the others are still read.
  ['one-bad-file-among-good', [['support.yaml', 2, 1, 'error', '"id" appears twice in the same mapping; keep one (the first is at line 1)']]],
];

/**
 * What should happen once parse.ts is fixed; `it.fails` passes while it is not.
 * When one starts failing, the fix has landed: move the row to `invalid`.
 */
const pendingSharedFix: [string, Expected[]][] = [
  // Today: "aliases in this file expand to too much data" at 1:1. It should name the alias, at the alias.
  ['undefined-alias', [['csm.yaml', 2, 7, 'error', '"team-name"']]],
  // Today: at 19:1, past the end of the file. It should point at the opening quote.
  ['unclosed-quote', [['csm.yaml', 2, 7, 'error', 'quote']]],
];

const valid = ['clean', 'document-markers', 'comments-only', 'byte-order-mark', 'crlf-line-endings'];

describe(RULE, () => {
  const rowsOf = async (caseName: string, kind: 'valid' | 'invalid') =>
    (await lintFixture(RULE, kind, caseName)).filter((f) => f.rule === RULE).map((f) => [f.file, f.line, f.column, f.severity, f.message]);
  const expectedRows = (expected: Expected[]) =>
    expected.map(([file, line, column, severity, message]) => [file, line, column, severity, expect.stringContaining(message)]);

  it.each(invalid)('invalid/%s', async (caseName, expected) => {
    expect(await rowsOf(caseName, 'invalid')).toEqual(expectedRows(expected));
  });

  it.fails.each(pendingSharedFix)('invalid/%s (waits for a fix in parse.ts)', async (caseName, expected) => {
    expect(await rowsOf(caseName, 'invalid')).toEqual(expectedRows(expected));
  });

  it.each(valid)('valid/%s', async (caseName) => {
    expect(await rowsOf(caseName, 'valid')).toEqual([]);
  });

  it('cannot be turned off', () => {
    const findings = lintFiles({ 'csm.yaml': 'id: csm\nid: other\n' }, { [RULE]: { level: 'off' } });
    expect(findings.filter((f) => f.rule === RULE)).toMatchObject([{ line: 2, column: 1, severity: 'error' }]);
  });

  it('has a table row for every fixture case', () => {
    const cases = (kind: string) => readdirSync(path.join(RULE_FIXTURES, RULE, kind)).sort();
    expect(cases('invalid')).toEqual([...invalid, ...pendingSharedFix].map(([name]) => name).sort());
    expect(cases('valid')).toEqual([...valid].sort());
  });
});
