import { describe, expect, it } from 'vitest';
import { lintProject } from '../../src/lint/lint.js';
import { defaultSettings } from '../../src/config/settings.js';
import { rules } from '../../src/rules/index.js';
import type { Finding } from '../../src/findings/finding.js';
import { charterYaml, lintFiles, projectOf } from '../helpers/org.js';

/** `[rule, line, column]` of every finding in charters/csm.yaml. */
function rows(findings: Finding[]): [string, number, number][] {
  return findings.filter((f) => f.file === 'charters/csm.yaml').map((f) => [f.rule, f.line, f.column]);
}

/** Each finding's message, then its help after "; ". */
function messages(findings: Finding[], rule = 'unused-suppression'): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => (f.help === undefined ? f.message : `${f.message}; ${f.help}`));
}

/** A clean csm charter whose id is wrong (id-matches-filename at line 2, column 5), with `before` above it. */
const wrongId = (before: string): string => `${before}id: cms\n${charterYaml('cms').split('\n').slice(1).join('\n')}`;

/** A clean csm charter with two activities both called "reviews" (duplicate-id on the second). */
const twoReviews = (activities: string): string =>
  charterYaml('csm').replace('activities:\n  - id: reviews\n    name: Run business reviews for csm\n', `activities:\n${activities}`);

describe('# charter-disable-next-line', () => {
  it('without a comment, the fixtures report what the tests suppress', () => {
    expect(rows(lintFiles({ 'csm.yaml': wrongId('') }))).toEqual([['id-matches-filename', 1, 5]]);
    const dup = twoReviews('  - id: reviews\n    name: A\n  - id: reviews\n    name: B\n');
    expect(rows(lintFiles({ 'csm.yaml': dup }))).toEqual([['duplicate-id', 14, 9]]);
  });

  it('covers the key on the next line', () => {
    const findings = lintFiles({ 'csm.yaml': wrongId('# charter-disable-next-line id-matches-filename -- renaming the file next quarter\n') });
    expect(rows(findings)).toEqual([]);
  });

  it('skips blank lines and other comments between it and the entry', () => {
    const findings = lintFiles({ 'csm.yaml': wrongId('# charter-disable-next-line id-matches-filename -- renaming\n\n# The id.\n') });
    expect(rows(findings)).toEqual([]);
  });

  it('covers the whole list item below it, and only that item', () => {
    const covered = twoReviews('  - id: reviews\n    name: A\n  # charter-disable-next-line duplicate-id -- merging the two next week\n  - id: reviews\n    name: B\n');
    expect(rows(lintFiles({ 'csm.yaml': covered }))).toEqual([]);
    // Above the first item it covers the first item, not the list: the second is still reported.
    const first = twoReviews('  # charter-disable-next-line duplicate-id -- merging\n  - id: reviews\n    name: A\n  - id: reviews\n    name: B\n');
    expect(rows(lintFiles({ 'csm.yaml': first }))).toEqual([
      ['unused-suppression', 12, 31],
      ['duplicate-id', 15, 9],
    ]);
  });

  it('covers a key with all of its nested value', () => {
    const yaml = twoReviews('  - id: reviews\n    name: A\n  - id: reviews\n    name: B\n').replace(
      'activities:\n',
      '# charter-disable-next-line duplicate-id -- merging\nactivities:\n',
    );
    expect(rows(lintFiles({ 'csm.yaml': yaml }))).toEqual([]);
  });

  it('as a comment at the end of a line, covers the line after it', () => {
    const yaml = wrongId('name: csm team # charter-disable-next-line id-matches-filename -- renaming\n').replace(/\nname: cms team/, '');
    expect(rows(lintFiles({ 'csm.yaml': yaml }))).toEqual([]);
  });

  it('names several rules; only the one that suppressed nothing is reported, at its id', () => {
    const findings = lintFiles({ 'csm.yaml': wrongId('# charter-disable-next-line id-matches-filename, placeholder -- renaming\n') });
    expect(rows(findings)).toEqual([['unused-suppression', 1, 50]]);
    expect(messages(findings)).toEqual([
      '"placeholder" reports no problem on line 2: this suppression is not needed; remove "placeholder" from the comment (or the whole comment)',
    ]);
  });

  it('at the end of the file covers nothing, and says so', () => {
    const findings = lintFiles({ 'csm.yaml': `${charterYaml('csm')}# charter-disable-next-line placeholder -- someday\n` });
    expect(messages(findings)).toEqual([
      '"placeholder" reports no problem below this comment (there is nothing below it): this suppression is not needed; remove "placeholder" from the comment (or the whole comment)',
    ]);
  });
});

describe('# charter-disable-file', () => {
  it('covers the rule anywhere in the file', () => {
    const findings = lintFiles({ 'csm.yaml': wrongId('# charter-disable-file id-matches-filename -- the file is renamed in the reorganization\n') });
    expect(rows(findings)).toEqual([]);
  });

  it('works at the end of the file too', () => {
    const findings = lintFiles({ 'csm.yaml': `${wrongId('')}# charter-disable-file id-matches-filename -- renaming\n` });
    expect(rows(findings)).toEqual([]);
  });

  it('is reported when the rule has nothing to report in the file', () => {
    const findings = lintFiles({ 'csm.yaml': `# charter-disable-file duplicate-id -- legacy\n${charterYaml('csm')}` });
    expect(rows(findings)).toEqual([['unused-suppression', 1, 24]]);
    expect(messages(findings)[0]).toMatch(/^"duplicate-id" reports no problem in this file: this suppression is not needed/);
  });

  it('does not reach other files', () => {
    const findings = lintFiles({
      'csm.yaml': `# charter-disable-file id-matches-filename -- renaming\n${charterYaml('csm')}`,
      'support.yaml': wrongId(''),
    });
    expect(findings.map((f) => [f.file, f.rule])).toEqual([
      ['charters/csm.yaml', 'unused-suppression'],
      ['charters/support.yaml', 'id-matches-filename'],
    ]);
  });
});

describe('comments that suppress nothing', () => {
  it.each([
    [
      'an unknown rule, with the nearest one',
      '# charter-disable-next-line id-matches-filenam -- renaming\n',
      [1, 29],
      ['"id-matches-filenam" is not a rule, so this suppression does nothing', 'did you mean "id-matches-filename"?'],
    ],
    [
      'a rule that cannot be suppressed',
      '# charter-disable-next-line schema -- later\n',
      [1, 29],
      ['"schema" problems cannot be suppressed', 'fix the file instead (the other rules cannot check what it rejects)'],
    ],
    [
      'unused-suppression itself',
      '# charter-disable-file unused-suppression -- later\n',
      [1, 24],
      ['"unused-suppression" problems cannot be suppressed', 'remove the stale comment, or turn the rule off in charter.config.yaml'],
    ],
    [
      'no reason',
      '# charter-disable-next-line id-matches-filename\n',
      [1, 1],
      ['charter-disable-next-line gives no reason, so it suppresses nothing', 'add " -- " and why: # charter-disable-next-line id-matches-filename -- target agreed at the QBR'],
    ],
    [
      'no rule',
      '# charter-disable-next-line -- because\n',
      [1, 1],
      ['charter-disable-next-line names no rule, so it suppresses nothing', 'write the rule ids, then " -- " and the reason: # charter-disable-next-line placeholder -- target agreed at the QBR'],
    ],
    [
      'no " -- " before the reason',
      '# charter-disable-next-line id-matches-filename renaming soon\n',
      [1, 1],
      ['charter-disable-next-line has no " -- " between rule ids and reason', 'write " -- " before the reason, so that it is not read as rule ids: # charter-disable-next-line id-matches-filename -- target agreed at the QBR'],
    ],
    [
      'a misspelt directive',
      '# charter-disable-nextline id-matches-filename -- renaming\n',
      [1, 3],
      ['"charter-disable-nextline" is not a charter directive, so it suppresses nothing', 'did you mean "charter-disable-next-line"? the directives are charter-disable-next-line and charter-disable-file'],
    ],
  ])('%s', (_, comment, [line, column], [message, help]) => {
    const findings = lintFiles({ 'csm.yaml': wrongId(comment) });
    const unused = findings.filter((f) => f.rule === 'unused-suppression');
    expect(unused.map((f) => [f.line, f.column, f.message, f.help, f.severity])).toEqual([[line, column, message, help, 'warn']]);
  });

  it('a "#" inside a value is text, not a comment', () => {
    const yaml = wrongId('').replace(
      'dependencies: []',
      'dependencies: []\nx-note: "# charter-disable-file id-matches-filename -- quoted"\nx-more: |\n  # charter-disable-file id-matches-filename -- block\n',
    );
    expect(rows(lintFiles({ 'csm.yaml': yaml }))).toEqual([['id-matches-filename', 1, 5]]);
  });

  it('a comment that only mentions a directive is not one', () => {
    const yaml = wrongId('# To silence a rule, write charter-disable-next-line <rule> -- <reason>.\n');
    expect(rows(lintFiles({ 'csm.yaml': yaml }))).toEqual([['id-matches-filename', 2, 5]]);
  });
});

describe('settings', () => {
  const suppressed = { 'csm.yaml': wrongId('# charter-disable-next-line id-matches-filename, placeholder -- renaming\n') };

  it('--no-inline-config ignores every comment, and reports none as unused', () => {
    const findings = lintProject(projectOf(suppressed), defaultSettings(rules), rules, { inlineConfig: false });
    expect(rows(findings)).toEqual([['id-matches-filename', 2, 5]]);
  });

  it('unused-suppression can be set to error or turned off', () => {
    expect(lintFiles(suppressed, { 'unused-suppression': { level: 'error' } }).map((f) => [f.rule, f.severity])).toEqual([
      ['unused-suppression', 'error'],
    ]);
    expect(lintFiles(suppressed, { 'unused-suppression': { level: 'off' } })).toEqual([]);
  });

  it('a comment for a rule turned off is not needed, and says so', () => {
    const findings = lintFiles({ 'csm.yaml': wrongId('# charter-disable-next-line id-matches-filename -- renaming\n') }, { 'id-matches-filename': { level: 'off' } });
    expect(rows(findings)).toEqual([['unused-suppression', 1, 29]]);
    expect(messages(findings)).toEqual([
      '"id-matches-filename" is turned off: this suppression is not needed; remove "id-matches-filename" from the comment (or the whole comment)',
    ]);
  });
});

describe('robustness', () => {
  it('a file nested too deeply to read, with a directive in it, is a yaml-syntax finding, not a crash', () => {
    const deep = `# charter-disable-file placeholder -- deep\nid: csm\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const findings = lintFiles({ 'csm.yaml': deep });
    expect(findings.some((f) => f.rule === 'yaml-syntax')).toBe(true);
  });

  it('many directives in a large file are each mapped to their own item', () => {
    const items = Array.from({ length: 2000 }, (_, i) => `  # charter-disable-next-line duplicate-id -- legacy\n  - id: reviews\n    name: Review ${i}\n`).join('');
    const findings = lintFiles({ 'csm.yaml': twoReviews(items) });
    // The first "reviews" is not a duplicate, so its comment is the only one that suppresses nothing.
    expect(rows(findings)).toEqual([['unused-suppression', 12, 31]]);
  });
});
