import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { charterYaml, lintFiles, projectOf } from './helpers/org.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const withoutDepartment = charterYaml('csm').replace('department: client-outcomes\n', '');

describe('a charter missing a required key is still checked', () => {
  it('keeps a charter with no department in the model, with no department', () => {
    const { model } = projectOf({ 'csm.yaml': withoutDepartment });
    expect(model.functions.map((f) => [f.id, f.charter.department])).toEqual([['csm', '']]);
  });

  it('keeps a charter with a malformed department, reporting only the schema problem there', () => {
    const findings = lintFiles({ 'csm.yaml': charterYaml('csm', '', 'Client Outcomes') });
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['schema', 3]]);
  });

  it('still runs the other rules on it', () => {
    const findings = lintFiles({ 'csm.yaml': withoutDepartment.replace(/mission: .*\n/, 'mission: Help customers. Then more.\n') });
    expect(findings.map((f) => f.rule)).toEqual(['schema', 'mission-one-sentence']);
    expect([findings[0]!.message, findings[0]!.help]).toEqual(['A charter needs "department"', 'add "department:" and its value']);
  });

  it('keeps an org.yaml with no name, and says org.yaml in lower case', () => {
    const findings = lintFiles({ 'org.yaml': 'customerNeeds: []\n', 'csm.yaml': charterYaml('csm') });
    expect(findings.filter((f) => f.file === 'charters/org.yaml').map((f) => [f.rule, f.message.slice(0, 27)])).toEqual([
      ['org-executive-sponsor', 'org.yaml names no executive'],
      ['schema', 'org.yaml needs "name"'],
    ]);
  });
});

describe('schema messages', () => {
  it('reads "on:" written for "team:" as one misspelt key', () => {
    const findings = lintFiles({ 'csm.yaml': charterYaml('csm').replace('dependencies: []', 'dependencies:\n  - on: support\n    for: Fix things.') });
    expect(findings.filter((f) => f.rule === 'schema').map((f) => [f.message, f.help])).toEqual([
      ['"on" is not a key of dependency 1', 'did you mean "team"? (some YAML tools read "on" as true)'],
    ]);
  });

  it.each([
    ['name: ""', '"name" is empty\nwrite a value (it is required)'],
    ['owner: ""', '"owner" is empty\nwrite a value or remove the key'],
  ])('says whether an empty %s may be removed', (line, message) => {
    const yaml = charterYaml('csm').replace('name: csm team', line.startsWith('name') ? line : `name: csm team\n${line}`);
    expect(lintFiles({ 'csm.yaml': yaml }).filter((f) => f.rule === 'schema').map((f) => `${f.message}\n${f.help}`)).toEqual([message]);
  });

  it('points at the first line only when the whole document is concerned', () => {
    const findings = lintFiles({ 'csm.yaml': '- a\n- b\n- c\n' });
    expect(findings).toMatchObject([{ rule: 'schema', line: 1, column: 1, endLine: 1, endColumn: 4 }]);
  });

  it('counts documents past the second', () => {
    const findings = lintFiles({ 'csm.yaml': `${charterYaml('csm')}---\na: 1\n---\nb: 2\n` });
    expect(findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.message.match(/this (\w+) document/)?.[1])).toEqual([
      'second',
      'third',
    ]);
  });
});

describe('charter.config.yaml', () => {
  it('is never read as a charter when a directory above the charters is linted', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'charter-config-'));
    mkdirSync(path.join(dir, 'charters'));
    writeFileSync(path.join(dir, 'charters', 'csm.yaml'), charterYaml('csm'));
    writeFileSync(path.join(dir, 'charter.config.yaml'), 'rules:\n  placeholder: error\n');
    const run = await runCli(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout)).toEqual({ findings: [], summary: { files: 1, errors: 0, warnings: 0 } });
  });
});
