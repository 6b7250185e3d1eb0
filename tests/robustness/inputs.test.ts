/**
 * Bad input, one test per kind: each gives a clear finding at the right line (or
 * none, where the input is fine), and the other files are still checked.
 */
import { describe, expect, it, vi } from 'vitest';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { lintWithSentinel, only, rows, SENTINEL_ROW, type Row } from './helpers.js';

const BAD = 'charters/bad.yaml';
const SYNTAX = ['yaml-syntax'];
const SHAPE = ['yaml-syntax', 'schema'];

/** The yaml-syntax and schema findings of bad.yaml, then the sentinel's (always there). */
function check(text: string, expected: Row[], rules: readonly string[] = SHAPE): void {
  const findings = lintWithSentinel(text);
  const got = [...only(findings, BAD, rules), ...only(findings, 'charters/sentinel.yaml', ['id-matches-filename'])];
  const want = [...expected, SENTINEL_ROW];
  expect(rows(got, want)).toEqual(want);
}

describe('empty files', () => {
  const EMPTY = 'this file is empty\nhelp: a charter needs at least id, name and department';
  it.each([
    ['an empty file', ''],
    ['only white space', '   \n\n\t\n  '],
    ['only comments', '# a charter will go here\n\n  # one day\n'],
    ['only a document marker', '---\n'],
  ])('%s: "this file is empty", at line 1', (_, text) => {
    check(text, [[BAD, 1, 1, 'schema', EMPTY]]);
  });

  it('an empty org.yaml says what it needs', () => {
    const findings = lintFiles({ 'org.yaml': '# to do\n', 'csm.yaml': charterYaml('csm') });
    const want: Row[] = [['charters/org.yaml', 1, 1, 'schema', 'org.yaml is empty\nhelp: org.yaml needs at least a name (see the file format in docs/)']];
    expect(rows(only(findings, 'charters/org.yaml', SHAPE), want)).toEqual(want);
  });
});

describe('byte-order mark and Windows line ends', () => {
  const withUnknownKey = `${charterYaml('bad')}colour: blue\n`;
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');

  it.each([
    ['a byte-order mark', `\ufeff${charterYaml('bad')}`],
    ['CRLF line ends', crlf(charterYaml('bad'))],
    ['both', `\ufeff${crlf(charterYaml('bad'))}`],
  ])('%s: no finding at all', (_, text) => {
    expect(lintFiles({ 'bad.yaml': text })).toEqual([]);
  });

  it('findings keep their line and column (and end) with both', () => {
    const plain = lintFiles({ 'bad.yaml': withUnknownKey });
    const windows = lintFiles({ 'bad.yaml': `\ufeff${crlf(withUnknownKey)}` });
    expect(plain).toHaveLength(1);
    expect(plain[0]).toMatchObject({ line: 19, column: 1, endLine: 19, endColumn: 7, rule: 'schema' });
    expect(windows).toEqual(plain);
  });
});

describe('YAML syntax errors: plain words, one per place, at the spot to fix', () => {
  const cases: [string, string, Row[]][] = [
    [
      'an unclosed [ (at the bracket, not at the end of the file)',
      'id: bad\nname: [unclosed\n\n',
      [[BAD, 2, 7, 'yaml-syntax', 'this "[" is never closed\nhelp: add "]" at the end of the list, and if it runs over several lines, indent them further than its key']],
    ],
    ['an unclosed [ with a nested list', 'id: bad\nname: [a, [b]\nmission: c\n', [[BAD, 2, 7, 'yaml-syntax', 'this "[" is never closed']]],
    ['a [ list continued without indentation', 'id: bad\nname: [a,\nb]\n', [[BAD, 2, 7, 'yaml-syntax', 'this "[" is never closed']]],
    ['an unclosed [ at the top', '[a, b\n', [[BAD, 1, 1, 'yaml-syntax', 'this "[" is never closed']]],
    ['an unclosed {', 'id: bad\nname: {x: 1\n', [[BAD, 2, 7, 'yaml-syntax', 'this "{" is never closed\nhelp: add "}" at the end of the mapping']]],
    [
      'an unclosed double quote (at the quote)',
      'id: bad\nname: "csm team\ndepartment: d\n',
      [[BAD, 2, 7, 'yaml-syntax', 'this quote (") is never closed, so what follows is read as part of the value\nhelp: add the closing " where the value ends']],
    ],
    ["an unclosed single quote", "id: 'bad\nname: x\n", [[BAD, 1, 5, 'yaml-syntax', "this quote (') is never closed"]]],
    ['an unclosed quote inside [', 'id: bad\nname: ["a, b]\n', [[BAD, 2, 8, 'yaml-syntax', 'this quote (") is never closed']]],
    [
      "an apostrophe in a single-quoted value",
      "id: bad\nname: 'Customer's journey'\n",
      [[BAD, 2, 17, 'yaml-syntax', "there is more text after the closing quote of this value\nhelp: put the whole value in quotes (inside '...', write an apostrophe as '': 'Customer''s journey')"]],
    ],
    [
      'a key indented further than the one above (one finding, at the line to fix)',
      'id: bad\n  name: b\n',
      [
        [
          BAD,
          2,
          3,
          'yaml-syntax',
          'this line is indented more than line 1, so YAML reads it as part of the value on line 1\nhelp: start it in the same column as the key on line 1 (or, if it belongs under "id", remove the value after "id:")',
        ],
      ],
    ],
    [
      'a key indented less than the one above',
      'id: bad\nx-notes:\n    a: 1\n  b: 2\n',
      [[BAD, 4, 3, 'yaml-syntax', 'this key is not lined up with the keys above it\nhelp: the keys of one mapping start in the same column']]],
    [
      'a colon and space inside a value',
      'id: bad\nname: CSMs: Client Outcomes\n',
      [[BAD, 2, 7, 'yaml-syntax', 'the value of "name" contains ": ", which YAML reads as the start of another key\nhelp: put the value in quotes: name: "CSMs: Client Outcomes"']],
    ],
    ['no space after the colon', 'id:bad\nname: b\n', [[BAD, 1, 1, 'yaml-syntax', '"id:bad" needs a space after the colon\nhelp: write "id: bad"']]],
    ['a key with no colon, then a key', 'id\nname: b\n', [[BAD, 1, 1, 'yaml-syntax', '"id" is not a "key: value" line\nhelp: add ": " and a value after the key, or remove the line']]],
    ['a last key with no colon', 'id: bad\nname\n', [[BAD, 2, 1, 'yaml-syntax', '"name" has no ":" after it, so it is neither a key nor a value\nhelp: write "name: <value>", or remove it']]],
    [
      'a list item among keys',
      'id: bad\n- name: b\n',
      [[BAD, 2, 1, 'yaml-syntax', 'a list item ("- ") cannot start here, among "key: value" lines\nhelp: indent it under the key that holds the list (such as "activities:"), or remove the "- "']],
    ],
    [
      'list items not lined up',
      'id: bad\nx-list:\n   - a\n  - b\n',
      [[BAD, 4, 3, 'yaml-syntax', 'this line is not lined up with the lines above it\nhelp: the "- " items of one list, and the keys of one mapping, start in the same column']],
    ],
    [
      'a line of a list item not lined up with its keys',
      'id: bad\nactivities:\n  - id: a\n   name: b\n',
      [[BAD, 4, 4, 'yaml-syntax', 'this line is not lined up with the list item above it\nhelp: indent it like the keys of that item, or start a new item with "- "']],
    ],
    ['a stray ]', 'id: bad\nname: [a]]\n', [[BAD, 2, 10, 'yaml-syntax', '"]" is not expected here\nhelp: remove it, or put the value in quotes if it is part of the text']]],
    ['a value starting with ]', 'id: ]\n', [[BAD, 1, 5, 'yaml-syntax', '"]" is not expected here']]],
    [
      'a colon and space inside [ ]',
      'id: bad\nname: [a b: c d: e]\n',
      [[BAD, 2, 13, 'yaml-syntax', 'inside [...] or {...}, a value that contains ": " or starts with "- " must be in quotes']],
    ],
    [
      'an unknown escape in double quotes',
      'id: bad\nname: "C:\\Users\\csm"\n',
      [[BAD, 2, 10, 'yaml-syntax', '"\\U" is not an escape that YAML knows\nhelp: in a value in double quotes, a backslash starts an escape such as \\n; write \\\\ for a backslash, or use single quotes']],
    ],
    ['a value starting with @', 'id: bad\nowner: @csm-lead\n', [[BAD, 2, 8, 'yaml-syntax', 'a value cannot start with "@" unless it is in quotes\nhelp: write "@csm-lead"']]],
    ['a value starting with `', 'id: bad\nname: `csm`\n', [[BAD, 2, 7, 'yaml-syntax', 'a value cannot start with "`" unless it is in quotes\nhelp: write "`csm`"']]],
    ['a value starting with %', 'id: bad\nname: %csm\n', [[BAD, 2, 7, 'yaml-syntax', 'a value cannot start with "%" unless it is in quotes']]],
    ['a "#" right after a quoted value', 'id: bad\nname: "csm"#team\n', [[BAD, 2, 12, 'yaml-syntax', '"#" starts a comment only after a space']]],
    ['text after | on its line', 'id: bad\nmission: |x\n  Help.\n', [[BAD, 2, 11, 'yaml-syntax', 'after "|" or ">" only a comment may follow on the same line']]],
    ['a value starting with & alone', 'id: bad\nname: & co\n', [[BAD, 2, 7, 'yaml-syntax', '"&" at the start of a value names an anchor, and no name follows\nhelp: if "&" is part of the text, put the value in quotes']]],
    ['a value starting with * alone', 'id: bad\nname: * important\n', [[BAD, 2, 7, 'yaml-syntax', '"*" at the start of a value refers to an anchor, and no name follows']]],
    [
      'an alias to an anchor that is not there (at the alias)',
      'id: bad\nname: *team-name\n',
      [[BAD, 2, 7, 'yaml-syntax', '"*team-name" refers to an anchor "&team-name" that is not defined before it\nhelp: a value that starts with "*" must be put in quotes ("*team-name")']],
    ],
    ['two anchors on one value', 'id: bad\nname: &a &b x\n', [[BAD, 2, 10, 'yaml-syntax', 'a value that starts with "&", "*" or "!" must be put in quotes']]],
    ['a tag', 'id: bad\nname: !team csm\n', [[BAD, 2, 7, 'yaml-syntax', 'tags such as "!team" are not part of the charter format\nhelp: remove "!team" (or put the value in quotes if it is text)']]],
    ['a directive', '%TEAM csm\n---\nid: bad\n', [[BAD, 1, 1, 'yaml-syntax', '"%TEAM csm" is not a YAML directive this tool knows\nhelp: remove the line']]],
    ['content after ---', '--- id: bad\n', [[BAD, 1, 5, 'yaml-syntax', 'nothing may follow "---" on its line\nhelp: move the rest to the next line']]],
    ['a key of over 1024 characters', `${'k'.repeat(1100)}: v\n`, [[BAD, 1, 1, 'yaml-syntax', 'this key is over 1024 characters long']]],
    ['a list as a key', 'id: bad\n? [a, b]\n: c\n', [[BAD, 2, 3, 'yaml-syntax', 'this key is a list, a mapping or an alias, not plain text']]],
  ];

  it.each(cases)('%s', (_, text, expected) => check(text, expected, SYNTAX));

  it('nothing is printed behind the report\'s back (the parser\'s warnings are findings)', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const [, text] of cases) lintWithSentinel(text);
      lintWithSentinel('id: bad\n? [a, b]\n: c\n? {k: v}\n: d\n*x : e\n');
      expect([warn.mock.calls, log.mock.calls]).toEqual([[], []]);
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });

  it('mistakes reported on another line than the parser found them: still at most 21 findings', () => {
    // Each over-indented line is reported on itself, where it has its own error: places merge.
    const text = Array.from({ length: 30 }, (_, i) => `k${i}: a\n  x${i}: "\\q"`).join('\n');
    const found = only(lintWithSentinel(text), BAD, SYNTAX);
    expect(found.length).toBeLessThanOrEqual(21);
    expect(found[0]).toMatchObject({ line: 2, column: 3, message: expect.stringContaining('this line is indented more than line 1') });
    expect(found[found.length - 1]?.message).toMatch(/^YAML syntax errors on \d+ more lines, from this one on/);
  });

  it('a mistake on every line: at most 20 findings, then how many more', () => {
    const text = Array.from({ length: 30 }, (_, i) => `k${i}: "v\\q"`).join('\n');
    const found = only(lintWithSentinel(text), BAD, SYNTAX);
    expect(found).toHaveLength(21);
    expect(found.slice(0, 20).map((f) => f.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(found[20]).toMatchObject({ line: 21, message: 'YAML syntax errors on 10 more lines, from this one on', help: 'fix the ones above first, as later ones are often caused by them' });
  });
});

describe('duplicate keys, tabs and extra documents', () => {
  it.each<[string, string, Row[]]>([
    ['a duplicate key', 'id: bad\nname: a\nname: b\n', [[BAD, 3, 1, 'yaml-syntax', '"name" appears twice in the same mapping\nhelp: keep one (the first is at line 2)']]],
    [
      'a duplicate key in a list item',
      'id: bad\nactivities:\n  - id: a\n    name: x\n    name: y\n',
      [[BAD, 5, 5, 'yaml-syntax', '"name" appears twice in the same mapping\nhelp: keep one (the first is at line 4)']],
    ],
    ['a duplicate key in { }', 'id: bad\nx-map: {a: 1, a: 2}\n', [[BAD, 2, 15, 'yaml-syntax', '"a" appears twice in the same mapping\nhelp: keep one (the first is at line 2)']]],
    ['a key written as a number and as text', 'id: bad\nx-map:\n  1: a\n  "1": b\n', [[BAD, 4, 3, 'yaml-syntax', '"1" appears twice in the same mapping\nhelp: keep one (the first is at line 3)']]],
    ['a tab as indentation', 'id: bad\nactivities:\n\t- id: x\n', [[BAD, 3, 1, 'yaml-syntax', 'tabs are not allowed for indentation in YAML\nhelp: indent with spaces']]],
    [
      'two documents (the first is still checked)',
      'id: bad\nname: Bad\n---\nid: other\n',
      [
        [BAD, 1, 1, 'schema', 'A charter needs "department"\nhelp: add "department:" and its value'],
        [BAD, 3, 1, 'yaml-syntax', 'a charter file holds one YAML document; move this second document (after "---") to a file of its own'],
      ],
    ],
  ])('%s', (_, text, expected) => check(text, expected));

  it('5,000 repeated keys in a mapping of 50,000: found in linear time (the parser\'s own check would take minutes), the first 20 reported', () => {
    const text = `id: bad\nx-big:\n${Array.from({ length: 50_000 }, (_, i) => `  k${i % 45_000}: v`).join('\n')}\n`;
    const found = only(lintWithSentinel(text), BAD, SYNTAX);
    expect(found).toHaveLength(21);
    expect(found[0]).toMatchObject({ line: 45_003, column: 3, message: '"k0" appears twice in the same mapping', help: expect.stringMatching(/^keep one \(the first is at line 3\); until it can be read, /) });
    expect(found[20]).toMatchObject({ line: 45_023, message: 'YAML syntax errors on 4980 more lines, from this one on', help: 'fix the ones above first, as later ones are often caused by them' });
  });
});

describe('values of the wrong shape or type', () => {
  it.each<[string, string, Row[]]>([
    ['a list instead of a mapping', '- id: bad\n- name: Bad\n', [[BAD, 1, 1, 'schema', 'a charter file should be a mapping of keys (name: value lines), got a list']]],
    ['a sentence instead of a mapping', 'Our team helps customers.\n', [[BAD, 1, 1, 'schema', 'a charter file should be a mapping of keys (name: value lines), got the text "Our team helps customers."']]],
    ['a number instead of a mapping', '42\n', [[BAD, 1, 1, 'schema', 'got the number 42']]],
    [
      'null where a list belongs',
      `${charterYaml('bad').replace('dependencies: []', 'dependencies: null')}`,
      [[BAD, 18, 15, 'schema', '"dependencies" should be a list of dependencies (use [] for none), got nothing (an empty value)']],
    ],
    [
      'an empty value where a list belongs',
      `${charterYaml('bad').replace('dependencies: []', 'dependencies:')}`,
      [[BAD, 18, 1, 'schema', '"dependencies" should be a list of dependencies (use [] for none), got nothing (an empty value)']],
    ],
    [
      'a number where an id belongs',
      charterYaml('bad').replace('id: bad', 'id: 123'),
      [[BAD, 1, 5, 'schema', '"id" should be text, got the number 123\nhelp: put it in quotes if you mean the text "123"']],
    ],
    [
      'true where text belongs',
      charterYaml('bad').replace(/^mission: .*$/m, 'mission: true'),
      [[BAD, 4, 10, 'schema', '"mission" should be text, got true\nhelp: put it in quotes if you mean the text "true"']],
    ],
    [
      'yes where text belongs',
      charterYaml('bad').replace(/^mission: .*$/m, 'mission: yes'),
      [[BAD, 4, 10, 'schema', '"mission" is just the word "yes", which some YAML tools read as true\nhelp: write the text in full']],
    ],
    [
      'yes where true or false belongs',
      charterYaml('bad').replace('outcome: renewal', 'outcome: renewal\n    financial: yes'),
      [[BAD, 9, 16, 'schema', '"financial" of operating metric "habits" should be true or false, got the text "yes"\nhelp: write true or false (YAML reads "yes" as text)']],
    ],
    [
      'a mapping where text belongs',
      charterYaml('bad').replace(/^name: .*$/m, 'name:\n  first: Bad'),
      [[BAD, 3, 3, 'schema', '"name" should be text, got a mapping']],
    ],
  ])('%s', (_, text, expected) => check(text, expected));
});

describe('ids that look right but are not', () => {
  it.each<[string, string, Row[]]>([
    [
      'a Cyrillic letter that looks Latin',
      charterYaml('bad').replace('department: client-outcomes', 'department: client-outcomeѕ'),
      [
        [
          BAD,
          3,
          13,
          'schema',
          '"client-outcomeѕ" is not a valid id (it contains "ѕ" (U+0455), a letter of another alphabet that looks like the Latin "s"; retype it)\nhelp: use lowercase letters, digits and single hyphens (kebab-case), such as "client-outcomes"',
        ],
      ],
    ],
    [
      'a Greek letter in a dependency',
      charterYaml('bad').replace('dependencies: []', 'dependencies:\n  - team: suppοrt\n    for: Fix what breaks.'),
      [[BAD, 19, 11, 'schema', '(it contains "ο" (U+03BF), a letter of another alphabet that looks like the Latin "o"; retype it)']],
    ],
    [
      'a trailing space in quotes',
      charterYaml('bad').replace('department: client-outcomes', 'department: "client-outcomes "'),
      [[BAD, 3, 13, 'schema', '"client-outcomes " is not a valid id (it ends with a space; remove it)\nhelp: use lowercase letters, digits and single hyphens (kebab-case), such as "client-outcomes"']],
    ],
    [
      'a non-breaking space at the end',
      charterYaml('bad').replace('department: client-outcomes', 'department: client-outcomes\u00a0'),
      [[BAD, 3, 13, 'schema', '(it ends with an invisible space character (U+00A0); remove it)']],
    ],
    [
      'a zero-width space inside',
      charterYaml('bad').replace('department: client-outcomes', 'department: client\u200b-outcomes'),
      [[BAD, 3, 13, 'schema', '(it contains an invisible or space character, U+200B; retype the id)\nhelp: use lowercase letters, digits and single hyphens (kebab-case), such as "client-outcomes"']],
    ],
  ])('%s', (_, text, expected) => check(text, expected));

  it('a plain trailing space is no problem: YAML drops it', () => {
    expect(lintFiles({ 'bad.yaml': charterYaml('bad').replace('department: client-outcomes', 'department: client-outcomes   ') })).toEqual([]);
  });

  it('a control character in a key is escaped in the message, never printed raw', () => {
    const findings = lintFiles({ 'bad.yaml': `${charterYaml('bad')}"\\e[31mred": x\n` });
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/^"\\u001b\[31mred" is not a key of a charter/)]);
  });
});
