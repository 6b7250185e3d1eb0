import { describe, expect, it } from 'vitest';
import { lintWithSentinel, only, rows, SENTINEL_ROW, type Row } from '../robustness/helpers.js';

const BAD = 'charters/bad.yaml';

function check(text: string, expected: Row[]): void {
  const findings = lintWithSentinel(text);
  const got = [...only(findings, BAD, ['yaml-syntax']), ...only(findings, 'charters/sentinel.yaml', ['id-matches-filename'])];
  const want = [...expected, SENTINEL_ROW];
  expect(rows(got, want)).toEqual(want);
}

describe('YAML 1.1 tags are tags like any other', () => {
  it.each([
    ['!!binary', 'id: bad\nname: !!binary Y3Nt\n'],
    ['!!set', 'id: bad\nname: !!set { a, b }\n'],
    ['!!omap', 'id: bad\nname: !!omap [ a: 1 ]\n'],
    ['!!timestamp', 'id: bad\nname: !!timestamp 2026-01-01\n'],
    ['!!pairs', 'id: bad\nname: !!pairs [ a: 1 ]\n'],
  ])('%s gets the tag finding', (tag, text) => {
    check(text, [[BAD, 2, 7, 'yaml-syntax', `tags such as "${tag}" are not part of the charter format\nhelp: remove "${tag}" (or put the value in quotes if it is text)`]]);
  });
});

describe('a %YAML directive', () => {
  it('%YAML 1.1 is reported: it changes how yes, no and 12:30:00 read', () => {
    check('%YAML 1.1\n---\nid: bad\nname: csm\n', [
      [BAD, 1, 1, 'yaml-syntax', '"%YAML 1.1" makes YAML read yes, no, on and off as true or false, and 12:30:00 as a number; charters are YAML 1.2: remove this line and the "---" under it'],
    ]);
  });

  it('%YAML 1.2 changes nothing and is left alone', () => {
    check('%YAML 1.2\n---\nid: bad\nname: csm\n', []);
  });
});
