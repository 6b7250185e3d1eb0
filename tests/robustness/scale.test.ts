/**
 * Inputs built to exhaust: alias bombs, deep nesting, very large files and very long
 * values. Each gives a finding (or none) without a stack overflow, and does work that
 * grows linearly: at these sizes, anything quadratic would run past the test timeout.
 */
import { describe, expect, it } from 'vitest';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { lintWithSentinel, only, rows, SENTINEL_ROW, type Row } from './helpers.js';

const BAD = 'charters/bad.yaml';
const SHAPE = ['yaml-syntax', 'schema'];

/** The yaml-syntax and schema findings of bad.yaml, then the sentinel's. */
function shapeRows(text: string, expected: Row[]): void {
  const findings = lintWithSentinel(text);
  const got = [...only(findings, BAD, SHAPE), ...only(findings, 'charters/sentinel.yaml', ['id-matches-filename'])];
  const want = [...expected, SENTINEL_ROW];
  expect(rows(got, want)).toEqual(want);
}

/** A clean charter with more activities after its own (`lines`, indented as items of its activities list). */
const withActivities = (id: string, lines: readonly string[]) => charterYaml(id).replace(/^risks:/m, `${lines.join('\n')}\nrisks:`);

/** The line of the first added activity in {@link withActivities}. */
const FIRST_ADDED = 14;

describe('aliases', () => {
  it('a "billion laughs" bomb: one finding, at the first alias, in milliseconds', () => {
    let bomb = 'x-lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i < 10; i++) bomb += `x-lol${i}: &lol${i} [${Array(9).fill(`*lol${i - 1}`).join(', ')}]\n`;
    shapeRows(`${charterYaml('bad')}${bomb}`, [
      [BAD, 20, 16, 'yaml-syntax', 'aliases ("*name") in this file expand to too much data (over 1000 uses); write the values out instead'],
    ]);
  });

  it('more aliases than 1,000: reported at the first one too many, before they are resolved one by one', () => {
    let many = '';
    for (let i = 0; i < 5_000; i++) many += `x-a${i}: &a${i} v\nx-b${i}: *a${i}\n`;
    shapeRows(`${charterYaml('bad')}${many}`, [[BAD, 19 + 2 * 1000 + 1, 10, 'yaml-syntax', 'this file has more than 1000 aliases ("*name")\nhelp: write the values out instead']]);
  });

  it('an alias inside the value it names (an endless value): a finding at that alias', () => {
    const text = charterYaml('bad').replace(
      /activities:\n(.*\n){2}/,
      'activities: &all\n  - id: reviews\n    name: Run reviews\n    activities: *all\n',
    );
    shapeRows(text, [
      [BAD, 14, 17, 'yaml-syntax', '"*all" refers to a value that contains it ("&all"), which would make the value endless\nhelp: write the value out instead'],
    ]);
  });

  it('aliases that nest values more than 100 levels deep: a finding, at the first alias', () => {
    // Each alias adds 25 levels: 5 of them nest 125 deep, with few uses.
    let chain = 'x-l0: &l0 [end]\n';
    for (let i = 1; i <= 5; i++) chain += `x-l${i}: &l${i} ${'['.repeat(25)}*l${i - 1}${']'.repeat(25)}\n`;
    shapeRows(`${charterYaml('bad')}${chain}`, [
      [BAD, 20, 36, 'yaml-syntax', 'aliases ("*name") in this file nest values more than 100 levels deep; write the values out instead'],
    ]);
  });

  it('a few ordinary aliases are fine', () => {
    const text = charterYaml('bad').replace(/^name: (.*)$/m, 'name: &name $1').replace(/^risks:/m, 'owner: *name\nrisks:');
    expect(lintFiles({ 'bad.yaml': text })).toEqual([]);
  });
});

describe('deep nesting: bounded work, one finding, no stack overflow', () => {
  const DEEP = 20_000;
  const TOO_DEEP = 'nests lists and mappings';

  it.each([
    ['[ ] lists', `id: bad\nname: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`, 2],
    ['{ } mappings', `id: bad\nname: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n`, 2],
    ['"- " lists on one line', `id: bad\nx-deep:\n${'- '.repeat(DEEP)}x\n`, 3],
    ['activities in [ ]', `id: bad\nactivities: ${'[{id: a, name: b, activities: '.repeat(DEEP)}[]${'}]'.repeat(DEEP)}\n`, 2],
  ])(`${DEEP.toLocaleString('en')} levels of %s`, (_, text, line) => {
    const found = only(lintWithSentinel(text), BAD, SHAPE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'yaml-syntax', line, message: expect.stringContaining(TOO_DEEP) });
  });

  it('3,000 levels of indented mappings (4.5 MB of indentation)', () => {
    let text = 'id: bad\nx-deep:\n';
    for (let i = 1; i <= 3_000; i++) text += `${' '.repeat(i)}k:\n`;
    const found = only(lintWithSentinel(text), BAD, SHAPE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'yaml-syntax', message: expect.stringContaining(TOO_DEEP) });
  });

  /** Activities nested `levels` deep below the charter's own, each level two levels of YAML (a list and a mapping). */
  const nestedActivities = (levels: number) => {
    const lines: string[] = [];
    for (let i = 0; i < levels; i++) {
      const pad = ' '.repeat(2 + i * 4);
      lines.push(`${pad}- id: a${i}`, `${pad}  name: Activity ${i}`);
      if (i < levels - 1) lines.push(`${pad}  activities:`);
    }
    return withActivities('bad', lines);
  };

  it('activities nested 49 deep (99 levels of YAML) are read and checked', () => {
    expect(lintFiles({ 'bad.yaml': nestedActivities(49) })).toEqual([]);
  });

  it('activities nested 50 deep (101 levels of YAML): a finding at the activity that goes too deep', () => {
    shapeRows(nestedActivities(50), [
      [BAD, FIRST_ADDED + 3 * 49, 201, 'yaml-syntax', 'this file nests lists and mappings more than 100 levels deep, far more than a charter needs\nhelp: check the indentation and the brackets around here'],
    ]);
  });
});

describe('very large files and very long values', () => {
  /** A clean charter with `count` more activities of about 130 bytes each, named `name(i)`. */
  const manyActivities = (id: string, count: number, name: (i: number) => string) => {
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      lines.push(`  - id: activity-${i}`, `    name: ${name(i)}`, `    description: What the team does for activity number ${i}, and how.`);
    }
    return withActivities(id, lines);
  };

  it('a 5 MB charter of 40,000 activities, against another that repeats three of them', { timeout: 60_000 }, () => {
    const big = manyActivities('big', 40_000, (i) => `Run the customer workshop number ${i} for the region`);
    expect(big.length).toBeGreaterThan(5_000_000);
    const small = withActivities(
      'small',
      [7, 20_000, 39_999].flatMap((i) => [`  - id: a${i}`, `    name: run the customer-workshop number ${i} for the region.`]),
    );
    const findings = lintFiles({ 'big.yaml': big, 'small.yaml': small });
    const lineInBig = (i: number) => FIRST_ADDED + 3 * i + 1;
    expect(findings.map((f) => [f.file, f.line, f.rule, f.message])).toEqual(
      [7, 20_000, 39_999].map((i, k) => [
        'charters/small.yaml',
        FIRST_ADDED + 2 * k + 1,
        'activity-overlap',
        `Activity "run the customer-workshop number ${i} for the region." is also an activity of "big"`,
      ]),
    );
  });

  it('20,000 activities of one name in one charter, once in another: one overlap per activity, not per pair', { timeout: 60_000 }, () => {
    const same = manyActivities('same', 20_000, () => 'Run workshops');
    const other = withActivities('other', ['  - id: workshops', '    name: Run workshops']);
    const findings = lintFiles({ 'same.yaml': same, 'other.yaml': other });
    expect(findings).toHaveLength(20_000);
    expect(new Set(findings.map((f) => `${f.file} ${f.rule} ${f.message}`))).toEqual(
      new Set([
        `charters/same.yaml activity-overlap Activity "Run workshops" is also an activity of "other"`,
      ]),
    );
  });

  it('20,000 invalid activities: one schema finding each, every one at its line', { timeout: 60_000 }, () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(`  - id: Activity ${i}`, '    name: Something we do');
    const findings = lintFiles({ 'bad.yaml': withActivities('bad', lines) });
    expect(findings).toHaveLength(20_000);
    expect(findings[19_999]).toMatchObject({
      line: FIRST_ADDED + 2 * 19_999,
      column: 9,
      rule: 'schema',
      message: '"Activity 19999" is not a valid id',
      help: 'use lowercase letters, digits and single hyphens (kebab-case), such as "activity-19999"',
    });
  });

  it('10,000 dependencies on one team, and 10,000 activities of another that claim to fulfil them', { timeout: 60_000 }, () => {
    const deps = Array.from({ length: 10_000 }, (_, i) => `  - id: need-${i}\n    team: support\n    for: Fix what breaks, case ${i}.`).join('\n');
    const csm = charterYaml('csm').replace('dependencies: []', `dependencies:\n${deps}`);
    const claims = Array.from({ length: 10_000 }, (_, i) => [`  - id: help-${i}`, `    name: Help with case ${i}`, `    fulfils: [csm/need-${i}]`]).flat();
    const findings = lintFiles({ 'csm.yaml': csm, 'support.yaml': charterYaml('support'), 'tooling.yaml': withActivities('tooling', claims) });
    const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
    expect([findings.length, count('dependency-unacknowledged'), count('fulfils-stale')]).toEqual([20_000, 10_000, 10_000]);
  });

  it('20,000 unknown keys: one finding each, in linear time', () => {
    const text = `${charterYaml('bad')}${Array.from({ length: 20_000 }, (_, i) => `extra${i}: v`).join('\n')}\n`;
    const findings = lintFiles({ 'bad.yaml': text });
    expect(findings).toHaveLength(20_000);
    expect(findings[19_999]).toMatchObject({ line: 19 + 19_999, rule: 'schema', message: expect.stringContaining('"extra19999" is not a key of a charter') });
  });

  const mission = (text: string) => charterYaml('bad').replace(/^mission: .*$/m, `mission: ${text}`);

  it('a 100,000-character mission that is one sentence: no finding', () => {
    const long = `Help every customer ${'and every partner '.repeat(5_600)}reach the outcomes they bought the product for.`;
    expect(long.length).toBeGreaterThan(100_000);
    expect(lintFiles({ 'bad.yaml': mission(long) })).toEqual([]);
  });

  it('a 100,000-character mission of 6,250 sentences: one finding that counts them', () => {
    const findings = lintFiles({ 'bad.yaml': mission('Help customers. '.repeat(6_250).trim()) });
    expect(rows(findings, [])).toEqual([
      [
        BAD,
        4,
        10,
        'mission-one-sentence',
        'The mission has 6250 sentences (the second: "Help customers.")',
      ],
    ]);
  });

  it('a 100,000-character mission of abbreviations and decimals: one sentence', () => {
    const text = `Help customers, e.g. ${'U.S. teams with 99.9% uptime, i.e. '.repeat(2_900)}reach their goals.`;
    expect(text.length).toBeGreaterThan(100_000);
    expect(lintFiles({ 'bad.yaml': mission(text) })).toEqual([]);
  });

  it('1 MB of syntax errors on one line (140,000 of them, under the 150,000 entries a file may hold): one finding, in linear time', () => {
    const text = `id: bad\nname: [${'"\\qab", '.repeat(140_000)}]\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    shapeRows(text, [[BAD, 2, 9, 'yaml-syntax', '"\\q" is not an escape that YAML knows']]);
  });

  it('100,000 lines with a syntax error each: 20 findings, then one that counts the rest', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `k${i}: "\\q"`).join('\n');
    const found = only(lintWithSentinel(text), BAD, SHAPE);
    expect(found).toHaveLength(21);
    expect(found[20]).toMatchObject({ line: 21, message: 'YAML syntax errors on 99980 more lines, from this one on', help: 'fix the ones above first, as later ones are often caused by them' });
  });

  it('a 100,000-character id: one finding, its message cut short', () => {
    const findings = lintFiles({ 'bad.yaml': charterYaml('bad').replace('department: client-outcomes', `department: ${'x y '.repeat(25_000)}`) });
    expect(findings.map((f) => [f.rule, f.line, f.message.length < 400])).toEqual([['schema', 3, true]]);
  });
});
