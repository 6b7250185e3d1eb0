import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/text/wrap.js';
import { stylish } from '../../src/format/stylish.js';
import type { Finding } from '../../src/findings/finding.js';
import { drawTable } from '../../src/text/table.js';
import { displayWidth, graphemes, padToWidth } from '../../src/text/width.js';

const FAMILY = '👨‍👩‍👧'; // three people joined by ZWJ: one emoji, two columns
const CODER = '🧑‍💻';
const MELTING = '🫠'; // Unicode 14
const HEART = '❤️'; // with variation selector 16

describe('displayWidth', () => {
  it.each<[string, number]>([
    [FAMILY, 2],
    [CODER, 2],
    [MELTING, 2],
    [HEART, 2],
    ['👍🏽', 2],
    ['🇫🇷', 2],
    ['顧客', 4],
    ['e\u0301', 1],
    ['\u200b', 0],
    ['\u001b[1mbold\u001b[22m', 4],
  ])('%j takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('pads to a width by columns, not by code units', () => {
    expect(padToWidth(FAMILY, 4)).toBe(`${FAMILY}  `);
    expect(graphemes(`a${FAMILY}b`)).toEqual(['a', FAMILY, 'b']);
  });
});

describe('wrap with emoji', () => {
  it('never splits an emoji sequence and never makes a line wider than asked', () => {
    const text = `${FAMILY}${CODER}${MELTING}${HEART}${FAMILY}${CODER}`;
    const lines = wrap(text, 4);
    expect(lines).toEqual([`${FAMILY}${CODER}`, `${MELTING}${HEART}`, `${FAMILY}${CODER}`]);
  });

  it('counts an emoji sequence as two columns when filling a line', () => {
    expect(wrap(`plan ${FAMILY} for ${CODER} teams`, 11)).toEqual([`plan ${FAMILY} for`, `${CODER} teams`]);
  });
});

describe('drawTable', () => {
  it('keeps every border straight whatever the cells hold', () => {
    const rows = [[`A ${FAMILY}`, `${MELTING} ${HEART}`], ['顧客の成功', `x\n${CODER}`]];
    const text = drawTable({ head: ['One', 'Two'], rows, widths: [10, 6], rowRules: true });
    const widths = new Set(text.split('\n').map(displayWidth));
    expect([...widths]).toEqual([10 + 6 + 7]);
    expect(text.split('\n')[3]).toBe(`│ A ${FAMILY}       │ ${MELTING} ${HEART}  │`);
  });
});

describe('stylish with emoji in messages', () => {
  it('lines up the rule column after messages holding emoji and wide characters', () => {
    const finding = (line: number, message: string): Finding =>
      ({ file: 'charters/csm.yaml', line, column: 1, endLine: line, endColumn: 2, rule: 'placeholder', severity: 'warn', message }) as Finding;
    const findings = [finding(1, `The name "${FAMILY} team"`), finding(2, 'The name "顧客"'), finding(3, 'The name "abc"')];
    const out = stylish({ findings, files: 1, charters: 1, hasOrg: false, version: '0', rules: [], cwd: '/', root: '/' } as never, { color: false });
    const ruleColumns = out
      .split('\n')
      .filter((l) => l.endsWith('placeholder'))
      .map((l) => displayWidth(l));
    expect(ruleColumns).toHaveLength(3);
    expect(new Set(ruleColumns).size).toBe(1);
  });
});
