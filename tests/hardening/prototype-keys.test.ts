import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { tempDir } from '../robustness/helpers.js';

/** Keys every JavaScript object inherits: in a charter they are unknown keys like any other. */
const INHERITED = ['constructor', 'valueOf', 'toString', 'hasOwnProperty', '__proto__'];

/** `[file, line, rule, message start]` of each finding. */
function rowsOf(files: Record<string, string>): [string, number, string, string][] {
  return lintFiles(files).map((f) => [f.file, f.line, f.rule, f.message.slice(0, 40)]);
}

describe('keys named like JavaScript object properties', () => {
  it.each(INHERITED)('"%s" holding yes, a list or a mapping, anywhere in a charter or org.yaml, is an unknown key', (key) => {
    const org = `name: Acme\n${key}: [yes]\ndepartments:\n  - id: client-outcomes\n    name: Client Outcomes\n    ${key}:\n      a: yes\n`;
    const csm = charterYaml('csm').replace('risks:\n', `${key}:\n  - yes\nrisks:\n`).replace('  - id: reviews\n', `  - id: reviews\n    ${key}: { a: yes }\n`);
    const rows = rowsOf({ 'csm.yaml': csm, 'org.yaml': org });
    const unknown = rows.filter((r) => r[2] === 'schema');
    expect(unknown).toEqual([
      ['charters/csm.yaml', 13, 'schema', `"${key}" is not a key of activity 1; the keys`.slice(0, 40)],
      ['charters/csm.yaml', 15, 'schema', `"${key}" is not a key of a charter; the key`.slice(0, 40)],
      ['charters/org.yaml', 2, 'schema', `"${key}" is not a key of org.yaml; the keys`.slice(0, 40)],
      ['charters/org.yaml', 6, 'schema', `"${key}" is not a key of department 1; the keys`.slice(0, 40)],
    ]);
  });

  it('a mission inside __proto__ is not read as the mission', () => {
    const csm = charterYaml('csm').replace(/^mission: .*$/m, '__proto__:\n  mission: Hidden.');
    const rows = rowsOf({ 'csm.yaml': csm });
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      [1, 'mission-one-sentence'],
      [4, 'schema'],
    ]);
    expect(rows[1]![3]).toBe('"__proto__" is not a key of a charter; t');
  });
});

describe('commands do not crash on them', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  function org(csmExtra: string): string {
    const { dir, remove } = tempDir('charter-proto-');
    cleanup = remove;
    mkdirSync(path.join(dir, 'charters'));
    writeFileSync(path.join(dir, 'charters', 'csm.yaml'), charterYaml('csm') + csmExtra);
    return dir;
  }

  it.each([['lint'], ['deps'], ['new', 'onboarding', '--department', 'client-outcomes']])('charter %s', async (...argv) => {
    const dir = org('constructor: [yes]\nvalueOf:\n  toString: yes\n');
    const run = await runCli(argv, { cwd: dir });
    expect(run.stderr).not.toContain('internal error');
    expect(run.code).toBe(argv[0] === 'lint' ? 1 : 0);
  });
});

describe('__proto__ in charter.config.yaml is an unknown setting, never a way in', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  async function withConfig(config: string): Promise<{ code: number; stderr: string }> {
    const { dir, remove } = tempDir('charter-proto-config-');
    cleanup = remove;
    mkdirSync(path.join(dir, 'charters'));
    writeFileSync(path.join(dir, 'charters', 'csm.yaml'), charterYaml('csm').replace('Run business reviews', 'TODO'));
    writeFileSync(path.join(dir, 'charter.config.yaml'), config);
    return runCli(['lint'], { cwd: dir });
  }

  it('rules: { __proto__: { placeholder: off } } does not turn a rule off', async () => {
    const run = await withConfig('rules:\n  __proto__:\n    placeholder: off\n');
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'charter: charter.config.yaml:2:3: "__proto__" is not a rule; run "charter rules" to list them\n' });
  });

  it('__proto__: { charters: ... } does not move the charters directory', async () => {
    const run = await withConfig('__proto__:\n  charters: /other\n');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'charter: charter.config.yaml:1:1: "__proto__" is not a setting of charter\'s configuration; the settings are "charters", "ignore" and "rules"\n',
    });
  });

  it('constructor: yes under rules is an unknown rule', async () => {
    const run = await withConfig('rules:\n  constructor: [yes]\n');
    expect(run.stderr).toBe('charter: charter.config.yaml:2:3: "constructor" is not a rule; run "charter rules" to list them\n');
  });
});
