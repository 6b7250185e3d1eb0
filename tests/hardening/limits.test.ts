/**
 * Inputs under the 32 MB cap that the YAML library would take minutes and gigabytes
 * on: judged by the linear pre-scan before any tree is built. (No timing here: a
 * test that took minutes would time out; the numbers are in docs/error-handling.md.)
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/load/parse.js';
import { MAX_ENTRIES, prescan } from '../../src/load/prescan.js';
import { lintWithSentinel, only, rows, SENTINEL_ROW, type Row } from '../robustness/helpers.js';

const BAD = 'charters/bad.yaml';
const DEEP = 'this file nests lists and mappings more than 100 levels deep, far more than a charter needs\nhelp: check the indentation and the brackets around here';
const MANY = `this file holds more than 150,000 keys, list items and lines, far more than a charter needs (a large one has a few thousand)\nhelp: split it, or check that it is a charter at all`;

function check(text: string, expected: Row[]): void {
  const findings = lintWithSentinel(text);
  const want = [...expected, SENTINEL_ROW];
  expect(rows([...only(findings, BAD, ['yaml-syntax']), ...only(findings, 'charters/sentinel.yaml', ['id-matches-filename'])], want)).toEqual(want);
}

function manyKeys(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`k${i}: 1\n`);
  return parts.join('');
}

describe('limits judged before the YAML library builds a tree', () => {
  it('30 MB of "[" after a key: one finding where it goes too deep', () => {
    check(`id: bad\nname: ${'['.repeat(30_000_000)}`, [[BAD, 2, 6 + 100, 'yaml-syntax', DEEP]]);
  });

  it('4 MB of "{a: " after a key', () => {
    check(`id: bad\nname: ${'{a: '.repeat(1_000_000)}`, [[BAD, 2, 7 + 4 * 99, 'yaml-syntax', DEEP]]);
  });

  it('a million tiny keys', () => {
    check(manyKeys(1_000_000), [[BAD, MAX_ENTRIES + 1, 1, 'yaml-syntax', MANY]]);
  });

  it('a million items in one flow list', () => {
    check(`id: bad\nname: [${'1,'.repeat(1_000_000)}]\n`, [[BAD, 2, 1, 'yaml-syntax', MANY]]);
  });

  it('8,000 levels of indentation (32 MB)', () => {
    const lines: string[] = [];
    for (let i = 0; i < 8000; i++) lines.push(`${' '.repeat(i)}k:`);
    check(lines.join('\n'), [[BAD, 101, 101, 'yaml-syntax', DEEP]]);
  });

  it('a million "- " on one line', () => {
    check(`id: bad\nlist:\n${'- '.repeat(1_000_000)}x\n`, [[BAD, 3, 1 + 2 * 100, 'yaml-syntax', DEEP]]);
  });
});

describe('what the pre-scan lets through', () => {
  it(`${MAX_ENTRIES.toLocaleString('en-US')} entries, not one more`, () => {
    expect(prescan(manyKeys(MAX_ENTRIES))).toBeUndefined();
    const many = prescan(manyKeys(MAX_ENTRIES + 1));
    expect(`${many?.message}\nhelp: ${many?.help}`).toBe(MANY);
  });

  it('100 levels, not 101', () => {
    const nested = (levels: number): string => `${'a: ['.repeat(levels - 1)}${']'.repeat(levels - 1)}\n`;
    expect(prescan(nested(100))).toBeUndefined();
    const deep = prescan(nested(101));
    expect(`${deep?.message}\nhelp: ${deep?.help}`).toBe(DEEP);
  });

  it.each([
    ['brackets in quotes', `name: "${'['.repeat(500)}"\nother: '${'{'.repeat(500)}'\n`],
    ['brackets in plain text', `name: a${'['.repeat(500)}\n`],
    ['brackets in comments', `# ${'['.repeat(500)}\nname: x # ${'{'.repeat(500)}\n`],
    ['a block scalar with deep indentation and brackets', `mission: |\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 2)}[{x`).join('\n')}\nname: x\n`],
    ['a quoted value over several lines', `name: "a\n  ${'['.repeat(500)}\n  b"\n`],
    ['dashes inside text', `name: a - - - ${'- '.repeat(500)}\n`],
  ])('%s', (_, text) => {
    expect(prescan(text)).toBeUndefined();
    expect(parseText({ path: '/x/a.yaml', kind: 'charter' }, 'a.yaml', text).syntaxProblems).toEqual([]);
  });
});

describe('a file with more findings than a call has room for arguments', () => {
  it('stylish prints 200,000 findings of one file', async () => {
    const { stylish } = await import('../../src/format/stylish.js');
    const findings = Array.from({ length: 200_000 }, (_, i) => ({
      file: 'charters/big.yaml', line: i + 1, column: 1, endLine: i + 1, endColumn: 2, rule: 'schema', messageId: 'unknownKey', severity: 'error' as const, message: `"k${i}" is not a key of a charter`,
    }));
    const out = stylish({ findings, files: 1, charters: 1, hasOrg: false, version: '1', rules: [], cwd: '/', root: '/' }, { color: false });
    expect(out.split('\n')).toHaveLength(200_000 + 5);
  });
});
